using PerfEval.Findings;
using PerfEval.Recognition;

namespace PerfEval.Rules;

public sealed class PE208 : FormRule
{
    public override RuleInfo Info { get; } = new("PE208", Severity.Error, "label-weight-mismatch",
        "标签中标注的分值（如“产出指标(50分)”）与其下各行分值合计不符");

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        foreach (var lw in f.LabelWeights)
        {
            decimal? sum;
            var key = TextNorm.Key(lw.Label);
            if (lw.Level is { } level)
                sum = f.Indicators.Where(i => i.Level1 == level).Sum(i => i.Weight.Value ?? 0m);
            else if (key.StartsWith("绩效指标") || key.StartsWith("年度绩效目标") || key.StartsWith("绩效目标"))
                sum = f.Indicators.Sum(i => i.Weight.Value ?? 0m);
            else if (key.StartsWith("预算执行"))
                sum = f.FundingTotal?.Weight.Value;
            else
                sum = null;
            if (sum is not { } s || s == lw.Weight) continue;
            yield return Found($"“{lw.Label}”标注 {Fmt.N(lw.Weight)} 分，其下指标分值合计 {Fmt.N(s)}", lw.Ref, s, lw.Weight);
        }
    }
}
