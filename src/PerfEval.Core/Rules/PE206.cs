using PerfEval.Findings;

namespace PerfEval.Rules;

public sealed class PE206 : FormRule
{
    public override RuleInfo Info { get; } = new("PE206", Severity.Error, "missing-score-or-weight",
        "已填写的指标行缺少分值或得分")
    {
        Title = "缺少分值或得分",
        English = "an indicator row lacks its weight or score",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        foreach (var ind in ctx.Form.Indicators)
        {
            bool noWeight = ind.Weight.IsBlank, noScore = ind.Score.IsBlank;
            if (!noWeight && !noScore) continue;
            var what = noWeight && noScore ? "分值和得分" : noWeight ? "分值" : "得分";
            yield return Found($"指标“{Names.Of(ind)}”缺少{what}", noWeight ? ind.Weight.Ref ?? ind.Ref : ind.Score.Ref ?? ind.Ref);
        }
    }
}
