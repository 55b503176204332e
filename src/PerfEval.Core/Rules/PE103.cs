using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE103 : FormRule
{
    public override RuleInfo Info { get; } = new("PE103", Severity.Error, "execution-rate-mismatch",
        "填报的执行率不等于全年执行数 ÷ 全年预算数")
    {
        Title = "执行率不符",
        English = "the stated 执行率 ≠ 全年执行数 ÷ 全年预算数",
        Fix = Correction.ExpectedRate,
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var stated = ctx.Form.FundingTotal?.Rate;
        var s = ctx.Score;
        if (stated?.Value is null || s.RatePercent is not { } percent) yield break;
        if (Matches(stated, percent)) yield break;
        var column = s.BudgetFromInitial ? "年初预算数" : "全年预算数";
        yield return Found(
            $"执行率 {Shown(stated)} 与 全年执行数 {Fmt.N(s.Executed)} ÷ {column} {Fmt.N(s.Budget)} = {Fmt.Pct(percent)} 不符",
            stated.Ref, Tolerance.Round2(percent), stated.Value);
    }

    /// <summary>
    /// A rate without a % sign is a percentage (15.45); one of at most 1 may also be
    /// a fraction (0.1545), so either reading that matches is accepted.
    /// </summary>
    public static bool Matches(StatedNumber stated, decimal percent)
    {
        if (Tolerance.Matches(stated, percent, isScore: false)) return true;
        if (stated.IsPercent || stated.Value is not { } v || v > 1m) return false;
        var asFraction = stated with { Value = v * 100m, Decimals = Math.Max(stated.Decimals - 2, 0), IsPercent = true };
        return Tolerance.Matches(asFraction, percent, isScore: false);
    }

    static string Shown(StatedNumber n) => n.IsPercent ? Fmt.N(n.Value) + "%" : Fmt.S(n) + (n.Raw.Contains('%') ? "" : "%");
}
