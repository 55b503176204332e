using PerfEval.Findings;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE301 : FormRule
{
    public override RuleInfo Info { get; } = new("PE301", Severity.Error, "weights-not-100",
        "预算执行率分值与各指标分值合计不等于 100（仅在有指标时检查）")
    {
        Title = "分值合计不为 100",
        English = "budget weight + indicator weights ≠ 100",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        if (ctx.Form.Indicators.Count == 0 || ctx.Score.WeightSum == 100m) yield break;
        yield return Found($"预算执行率分值与各指标分值合计 {Fmt.N(ctx.Score.WeightSum)}，应为 100",
            ctx.Form.TotalWeight.Ref ?? ctx.Form.TotalRef, 100m, ctx.Score.WeightSum);
    }
}
