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
        if (inds.Count == 0) yield break;
        decimal Sum(Level1 l) => inds.Where(i => i.Level1 == l).Sum(i => i.Weight.Value ?? 0m);
        var (o, b, s) = (Sum(Level1.Output), Sum(Level1.Benefit), Sum(Level1.Satisfaction));
        var p = ctx.Profile;
        if (o == p.OutputWeight && b == p.BenefitWeight && s == p.SatisfactionWeight) yield break;
        yield return Found(
            $"一级指标分值 产出 {Fmt.N(o)}、效益 {Fmt.N(b)}、满意度 {Fmt.N(s)}，与建议的 {Fmt.N(p.OutputWeight)}/{Fmt.N(p.BenefitWeight)}/{Fmt.N(p.SatisfactionWeight)} 不同",
            ctx.Form.IndicatorHeaderRef ?? inds[0].Ref);
    }
}
