using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Recognition;

namespace PerfEval.Rules;

public sealed class PE401 : FormRule
{
    public override RuleInfo Info { get; } = new("PE401", Severity.Warning, "narrative-amount-mismatch",
        "年度总体目标文字中引用的金额（预算资金、实际执行、支付）与资金表不符");

    static readonly Regex Budget = new(@"预算(资金|金额|数)?(为|共|共计|合计|总额)?(?<n>\d+(\.\d+)?)(?<u>万元|万|元)", RegexOptions.CultureInvariant);
    static readonly Regex Spent = new(@"(执行|支付|支出)(资金|金额)?(了|为|共|共计)?(?<n>\d+(\.\d+)?)(?<u>万元|万|元)", RegexOptions.CultureInvariant);

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        var fund = f.FundingTotal;
        if (fund is null) yield break;
        foreach (var field in new[] { f.GoalExpected, f.GoalActual })
        {
            if (field.IsEmpty) continue;
            var text = TextNorm.Key(field.Text);
            foreach (Match m in Budget.Matches(text))
            {
                var amount = Amount(m);
                var options = new[] { fund.Initial.Value, fund.FullYear.Value }.Where(v => v is not null).Select(v => v!.Value).ToList();
                if (options.Count == 0 || options.Contains(amount)) continue;
                yield return Found($"年度总体目标所述“{m.Value}”与{(fund.FullYear.Value is not null ? "全年预算数" : "年初预算数")} {Fmt.N(options.Last())} 万元不符",
                    field.Ref, options.Last(), amount);
            }
            foreach (Match m in Spent.Matches(text))
            {
                var amount = Amount(m);
                if (fund.Executed.Value is not { } executed || executed == amount) continue;
                yield return Found($"年度总体目标所述“{m.Value}”与全年执行数 {Fmt.N(executed)} 万元不符", field.Ref, executed, amount);
            }
        }
    }

    /// <summary>Amounts in 万元, as the funding table states them.</summary>
    static decimal Amount(Match m)
    {
        var n = decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        return m.Groups["u"].Value == "元" ? n / 10000m : n;
    }
}
