using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE101 : FormRule
{
    public override RuleInfo Info { get; } = new("PE101", Severity.Error, "funding-breakdown-mismatch",
        "年度资金总额不等于当年财政拨款、上年结转资金、其他资金之和")
    {
        Title = "资金总额与分项合计不符",
        English = "年度资金总额 ≠ the sum of its filled sub-rows",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        var total = f.FundingTotal;
        if (total is null || total.Kind != FundingKind.Total) yield break;
        // Every row the total breaks down into, as recognition found them (四川 forms add 财政专户管理资金 and 单位资金).
        var subs = f.FundingParts.ToList();

        foreach (var (name, pick) in new (string, Func<FundingRow, StatedNumber>)[]
        {
            ("年初预算数", r => r.Initial), ("全年预算数", r => r.FullYear), ("全年执行数", r => r.Executed),
        })
        {
            var stated = pick(total);
            var filled = subs.Select(pick).Where(n => n.HasValue).ToList();
            if (stated.Value is null || filled.Count == 0) continue;
            var sum = filled.Sum(n => n.Value!.Value);
            if (sum != stated.Value)
                yield return Found($"{name}：年度资金总额 {Fmt.S(stated)} 与分项合计 {Fmt.N(sum)} 不符", stated.Ref, sum, stated.Value);
        }
    }
}
