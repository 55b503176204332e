using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE207 : FormRule
{
    public override RuleInfo Info { get; } = new("PE207", Severity.Info, "level-weights",
        "产出、效益、满意度指标的分值与建议的分配（全国 50/30/10）不同")
    {
        Title = "一级指标分值与建议不同",
        English = "产出/效益/满意度 weights differ from 50/30/10",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var inds = ctx.Form.Indicators;
        if (inds.Count == 0 || !ctx.Profile.CheckLevelSplit) yield break;
        // Without a weight on any row (no 分值 column: 湖北 20/80, 广水), the weights printed in the 一级 labels
        // (产出指标（60分）) are the form's split; without either there is no split to compare.
        bool rowWeights = inds.Any(i => i.Weight.HasValue);
        var printed = ctx.Form.LabelWeights.Where(w => w.Scope == LabelWeightScope.Level1).ToList();
        if (!rowWeights && printed.Count == 0) yield break;
        decimal Sum(Level1 l) => rowWeights
            ? inds.Where(i => i.Level1 == l).Sum(i => i.Weight.Value ?? 0m)
            : printed.Where(w => w.Level == l).Sum(w => w.Weight);
        var (o, b, s) = (Sum(Level1.Output), Sum(Level1.Benefit), Sum(Level1.Satisfaction));
        var p = ctx.Profile;
        if (o == p.OutputWeight && b == p.BenefitWeight && s == p.SatisfactionWeight) yield break;
        yield return Found(
            $"一级指标分值 产出 {Fmt.N(o)}、效益 {Fmt.N(b)}、满意度 {Fmt.N(s)}，与建议的 {Fmt.N(p.OutputWeight)}/{Fmt.N(p.BenefitWeight)}/{Fmt.N(p.SatisfactionWeight)} 不同",
            ctx.Form.IndicatorHeaderRef ?? inds[0].Ref);
    }
}
