using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE104 : FormRule
{
    public override RuleInfo Info { get; } = new("PE104", Severity.Error, "budget-score-mismatch",
        "预算执行得分不等于 分值 × min(执行率, 1)")
    {
        Title = "预算执行得分不符",
        English = "the budget 得分 ≠ 分值 × min(执行率, 1)",
        Fix = Correction.ExpectedScore,
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var fund = ctx.Form.FundingTotal;
        var s = ctx.Score;
        if (fund?.Score.Value is null || s.Rate is not { } rate || s.BudgetScoreRaw is not { } expected) yield break;
        // A score within 0.01 of the exact figure (rounded or truncated to two places) is accepted.
        if (Tolerance.MatchesScore(fund.Score, expected)) yield break;
        yield return Found(
            $"预算执行得分 {Fmt.S(fund.Score)} 与 分值 {Fmt.N(s.BudgetWeight)} × 执行率 {Fmt.Pct(rate * 100m)} = {Shown(expected, s.BudgetScore)} 不符",
            fund.Score.Ref, s.BudgetScore, fund.Score.Value);
    }

    // 1.5455（应为 1.55）when the exact figure has more places than the score keeps; 1.42 otherwise.
    static string Shown(decimal exact, decimal rounded) =>
        Fmt.R(exact, 4) == Fmt.N(rounded) ? Fmt.N(rounded) : $"{Fmt.R(exact, 4)}（应为 {Fmt.N(rounded)}）";
}
