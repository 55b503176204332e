using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// A budget-execution score where there is no budget to execute (全年预算数 0 or
/// blank): the recomputation gives the budget item 0, so the stated score is
/// counted nowhere but in the stated total.
/// </summary>
public sealed class PE108 : FormRule
{
    public override RuleInfo Info { get; } = new("PE108", Severity.Error, "budget-score-without-budget",
        "预算数为 0 或未填写，却填报了预算执行得分")
    {
        Title = "无预算却有预算执行得分",
        English = "a budget score is stated where the budget is 0 or blank",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var fund = ctx.Form.FundingTotal;
        if (fund?.Score.Value is not { } score || score <= 0m || ctx.Score.Budget is > 0m) yield break;
        var budget = ctx.Score.Budget is null ? "未填写" : "为 0";
        yield return Found($"全年预算数{budget}，没有可执行的预算，预算执行得分 {Fmt.S(fund.Score)} 应为 0", fund.Score.Ref, 0m, score);
    }
}
