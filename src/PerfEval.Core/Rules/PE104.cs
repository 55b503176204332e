using PerfEval.Findings;
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
        if (fund?.Score.Value is null || s.Rate is not { } rate) yield break;
        var weight = fund.Weight.Value ?? ctx.Profile.BudgetWeight;
        var expected = weight * Math.Min(rate, 1m);
        if (Tolerance.Matches(fund.Score, expected, isScore: true)) yield break;
        yield return Found(
            $"预算执行得分 {Fmt.S(fund.Score)} 与 分值 {Fmt.N(weight)} × 执行率 {Fmt.Pct(rate * 100m)} = {Fmt.R(expected)} 不符",
            fund.Score.Ref, Tolerance.Round2(expected), fund.Score.Value);
    }
}
