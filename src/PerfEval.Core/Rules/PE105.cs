using PerfEval.Findings;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE105 : FormRule
{
    public override RuleInfo Info { get; } = new("PE105", Severity.Warning, "budget-weight",
        "预算执行率的分值不是规定值（全国为 10 分）")
    {
        Title = "预算执行率分值不是规定值",
        English = "the budget 分值 is not the profile's (10)",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var w = ctx.Form.FundingTotal?.Weight;
        if (w?.Value is { } v && v != ctx.Profile.BudgetWeight)
            yield return Found($"预算执行率分值为 {Fmt.S(w)}，应为 {Fmt.N(ctx.Profile.BudgetWeight)}", w.Ref, ctx.Profile.BudgetWeight, v);
    }
}
