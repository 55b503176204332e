using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// Weights printed in labels against the rows under them: a 一级 label
/// (产出指标(50分)) against the weights of its category, a 二级 label
/// (数量指标(20分)) against the rows of that 二级, a block header
/// (绩效指标(90分), 年度绩效目标(80分)) against every indicator, and
/// 预算执行情况(10分) against the budget weight. A label repeated at a page
/// break is reported once; a form without indicators is PE004's.
/// </summary>
public sealed class PE208 : FormRule
{
    public override RuleInfo Info { get; } = new("PE208", Severity.Error, "label-weight-mismatch",
        "标签中标注的分值（如“产出指标(50分)”）与其下各行分值合计不符")
    {
        Title = "标注分值与合计不符",
        English = "a weight printed in a label ≠ the rows under it",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        // A layout without a 分值 column states no row weights to add up (PE006 says so).
        if (f.Indicators.Count == 0 || f.Indicators.All(i => i.Weight.Value is null)) yield break;
        var seen = new HashSet<(LabelWeightScope, Level1?, string, decimal)>();
        foreach (var lw in f.LabelWeights)
        {
            if (!seen.Add((lw.Scope, lw.Level, lw.Key, lw.Weight))) continue;
            var (sum, under) = Under(f, lw);
            if (sum is not { } s || s == lw.Weight) continue;
            yield return Found($"“{lw.Label}”标注 {Fmt.N(lw.Weight)} 分，{under}合计 {Fmt.N(s)}", lw.Ref, s, lw.Weight);
        }
    }

    /// <summary>
    /// The weight the label should state, and what it sums, for the message; null when the label heads
    /// nothing perfeval can add up. What a label covers is recognition's decision (LabelWeight.Scope, Key).
    /// </summary>
    static (decimal? Sum, string Under) Under(Form f, LabelWeight lw)
    {
        switch (lw.Scope)
        {
            case LabelWeightScope.Level1:
                var rows = f.Indicators.Where(i => i.Level1 == lw.Level).ToList();
                return (rows.Sum(i => i.Weight.Value ?? 0m), $"其下 {rows.Count} 项指标分值");
            case LabelWeightScope.Indicators:
                return (f.Indicators.Sum(i => i.Weight.Value ?? 0m), $"全部 {f.Indicators.Count} 项指标分值");
            case LabelWeightScope.Budget:
                return (f.FundingTotal?.Weight.Value, "预算执行率分值");
            default:
                var level2 = f.Indicators.Where(i => i.Level2Key == lw.Key).ToList();
                return level2.Count == 0 ? (null, "") : (level2.Sum(i => i.Weight.Value ?? 0m), $"其下 {level2.Count} 项指标分值");
        }
    }
}
