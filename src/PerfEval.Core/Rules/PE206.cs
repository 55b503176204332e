using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Scoring;
using PerfEval.Values;

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
        // A layout without a 分值 column states no weight per row (PE006 says so): only a missing score is a defect there.
        bool weightColumn = !ctx.Form.Columns.Any(c => c.Block == FormBlock.Indicators) || ctx.Form.HasRole(ColumnRole.Weight);
        foreach (var ind in ctx.Form.Indicators)
        {
            if (NotApplicable.Is(ind)) continue; // a 不适用 row has no score by design
            bool noWeight = weightColumn && ind.Weight.IsBlank, noScore = ind.Score.IsBlank;
            if (!noWeight && !noScore) continue;
            var what = noWeight && noScore ? "分值和得分" : noWeight ? "分值" : "得分";
            yield return Found($"指标“{Names.Of(ind)}”缺少{what}", noWeight ? ind.Weight.Ref ?? ind.Ref : ind.Score.Ref ?? ind.Ref);
        }
    }
}
