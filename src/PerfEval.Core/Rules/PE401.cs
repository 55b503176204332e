using System.Text.RegularExpressions;
using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// Amounts and rates quoted in the goal and analysis texts against the
/// funding table: 预算资金N万元 against 年初/全年预算数, 实际执行N万元 or
/// 支付N元 against 全年执行数, 执行率N% against the stated and the computed
/// rate. An amount is compared with the 年度资金总额 row, or with the row the
/// words before it name (财政拨款…, 上年结转…, 其他资金…), in 元 or 万元, to
/// the places it is written.
/// </summary>
public sealed partial class PE401 : FormRule
{
    public override RuleInfo Info { get; } = new("PE401", Severity.Warning, "narrative-amount-mismatch",
        "年度总体目标或绩效分析文字中引用的金额、执行率（预算资金、实际执行、支付、执行率）与资金表不符")
    {
        Title = "文字所述金额与资金表不符",
        English = "an amount or rate quoted in the goals or analysis texts contradicts the funding table",
    };

    const string Amount = @"(?<n>\d+(?:\.\d+)?)(?<u>万元|万|元)(?![/每])";

    // Compiled at build time (same patterns and options as interpreted ones): they run on every goal and analysis text.
    [GeneratedRegex(@"(?:当年|本年)?(?<what>年初预算|全年预算|调整后预算|预算|资金总额|下达|安排)(?:资金|金额|数|总额|经费)?(?:为|是|共|共计|合计|总计|约)?" + Amount,
        RegexOptions.CultureInvariant)]
    private static partial Regex BudgetRx();
    static readonly Regex Budget = BudgetRx();

    [GeneratedRegex(@"(?:当年|本年|全年)?(?:实际)?(?<what>执行|支付|支出|使用)(?:资金|金额|经费)?(?:了|为|共|共计|合计|总计|约)?" + Amount,
        RegexOptions.CultureInvariant)]
    private static partial Regex SpentRx();
    static readonly Regex Spent = SpentRx();

    [GeneratedRegex(@"(?:预算)?执行率(?:为|是|达|达到|约)?(?<n>\d+(?:\.\d+)?)%", RegexOptions.CultureInvariant)]
    private static partial Regex RateRx();
    static readonly Regex Rate = RateRx();

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        var total = f.FundingTotal;
        if (total is null) yield break;
        foreach (var text in Narrative.Of(f))
        {
            foreach (Match m in Budget.Matches(text.Key))
            {
                if (Narrative.AboutSomethingElse(text.Key, m.Index)) continue;
                if (SpendingBefore(text.Key, m.Index))
                {
                    // 完成预算资金89.97万元, 使用预算资金…: money spent, said in budget words.
                    if (!total.Executed.HasValue || AgreesWithAny(m, Rows(f, text.Key, m.Index).Select(r => r.Executed))) continue;
                    yield return Mismatch(text, m, "全年执行数", total.Executed);
                    continue;
                }
                var what = m.Groups["what"].Value;
                var columns = what == "年初预算" ? new Func<FundingRow, StatedNumber>[] { r => r.Initial }
                    : what is "全年预算" or "调整后预算" ? new Func<FundingRow, StatedNumber>[] { r => r.FullYear }
                    : new Func<FundingRow, StatedNumber>[] { r => r.FullYear, r => r.Initial };
                var shown = columns.Select(c => c(total)).FirstOrDefault(n => n.HasValue);
                if (shown is null) continue;
                if (AgreesWithAny(m, Rows(f, text.Key, m.Index).SelectMany(r => columns.Select(c => c(r))))) continue;
                var name = shown == total.Initial ? "年初预算数" : "全年预算数";
                yield return Mismatch(text, m, name, shown);
            }
            foreach (Match m in Spent.Matches(text.Key))
            {
                if (Narrative.AboutSomethingElse(text.Key, m.Index) || !total.Executed.HasValue) continue;
                if (AgreesWithAny(m, Rows(f, text.Key, m.Index).Select(r => r.Executed))) continue;
                yield return Mismatch(text, m, "全年执行数", total.Executed);
            }
            foreach (Match m in Rate.Matches(text.Key))
            {
                var quoted = Narrative.Parse(m.Groups["n"].Value);
                var places = Narrative.Places(m.Groups["n"].Value);
                var options = RateOptions(total.Rate, ctx.Score.RatePercent).ToList();
                if (options.Count == 0 || options.Any(o => Narrative.Agrees(quoted, places, o))) continue;
                var (value, where) = ctx.Score.RatePercent is { } computed
                    ? (Tolerance.Round2(computed), $"全年执行数 ÷ 全年预算数 = {Fmt.Pct(computed)}")
                    : (options[0], $"执行率 {Fmt.N(options[0])}%");
                var cell = total.Rate.Ref is null ? "" : $"（{total.Rate.Ref}）";
                yield return Found($"{text.Where}所述“{m.Value}”与资金表{where}{cell}不符", text.Field.Ref, value, quoted);
            }
        }
    }

    static readonly string[] SpendingVerbs = { "完成", "执行", "支出", "使用", "支付", "花费" };

    /// <summary>A verb of spending just before the budget words (共完成预算资金, 实际使用了预算资金).</summary>
    static bool SpendingBefore(string key, int index)
    {
        var before = key.AsSpan(0, index).TrimEnd("了共计");
        foreach (var v in SpendingVerbs)
            if (before.EndsWith(v, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The total row, and the sub-row that the words just before the amount name.</summary>
    static IEnumerable<FundingRow> Rows(Form f, string key, int index)
    {
        yield return f.FundingTotal!;
        var before = key[Math.Max(0, index - 10)..index];
        if ((before.Contains("拨款") || before.Contains("财政资金")) && f.Appropriation is { } a) yield return a;
        if (before.Contains("结转") && f.CarryOver is { } c) yield return c;
        if ((before.Contains("其他资金") || before.Contains("自筹")) && f.OtherFunds is { } o) yield return o;
    }

    /// <summary>The quoted amount agrees with one of the table's amounts (万元), in the unit and places it is written in.</summary>
    static bool AgreesWithAny(Match m, IEnumerable<StatedNumber> amounts)
    {
        var quoted = Narrative.Parse(m.Groups["n"].Value);
        var places = Narrative.Places(m.Groups["n"].Value);
        var scale = m.Groups["u"].Value == "元" ? 10000m : 1m;
        return amounts.Any(a => a.Value is { } v && Narrative.Agrees(quoted, places, v * scale));
    }

    Finding Mismatch(Narrative.Text text, Match m, string column, StatedNumber table)
    {
        var quoted = Narrative.Parse(m.Groups["n"].Value);
        var inWan = m.Groups["u"].Value == "元" ? quoted / 10000m : quoted;
        var cell = table.Ref is null ? "" : $"（{table.Ref}）";
        return Found($"{text.Where}所述“{m.Value}”与资金表{column} {Fmt.S(table)} 万元{cell}不符", text.Field.Ref, table.Value, inWan);
    }

    /// <summary>The stated rate as a percentage (a fraction of at most 1 may be either reading) and the computed one.</summary>
    static IEnumerable<decimal> RateOptions(StatedNumber stated, decimal? computed)
    {
        if (computed is { } c) yield return c;
        if (stated.Value is not { } v) yield break;
        yield return v;
        if (!stated.IsPercent && v <= 1m) yield return v * 100m;
    }
}
