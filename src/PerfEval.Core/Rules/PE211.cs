using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// A 成本指标 whose target is the whole budget (接待费用 ≤ 10万 on a 10 万元
/// project): it measures whether the money was spent, which 预算执行率 already
/// scores, not what a unit of output cost.
/// </summary>
public sealed class PE211 : FormRule
{
    public override RuleInfo Info { get; } = new("PE211", Severity.Warning, "cost-target-is-budget",
        "成本指标的指标值等于项目全部预算，衡量的是花钱进度而非成本")
    {
        Title = "成本指标等于项目预算",
        English = "a cost indicator whose target equals the whole budget",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var fund = ctx.Form.FundingTotal;
        var budgets = new[] { fund?.FullYear.Value, fund?.Initial.Value }.Where(b => b is > 0m).Select(b => b!.Value).Distinct().ToList();
        if (budgets.Count == 0) yield break;
        foreach (var ind in ctx.Form.Indicators)
        {
            if (!ind.IsCost || InTenThousand(ind.Target.Number, ind.Target.Unit) is not { } target) continue;
            if (!budgets.Contains(target)) continue;
            yield return Found(
                $"成本指标“{Names.Of(ind)}”的指标值 {ind.Target.Raw.Trim()} 等于项目预算 {Fmt.N(target)} 万元，反映的是资金支出而不是成本，建议改为单位成本（如 元/人、万元/次）",
                ind.TargetRef ?? ind.Ref, target, target);
        }
    }

    /// <summary>A money amount in 万元 (the funding table's unit); null for anything else, per-unit values included.</summary>
    static decimal? InTenThousand(decimal? n, string? unit) => n is not { } v ? null : unit switch
    {
        "万" => v,
        "元" => v / 10_000m,
        "亿" => v * 10_000m,
        _ => null,
    };
}
