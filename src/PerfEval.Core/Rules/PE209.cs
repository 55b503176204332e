using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Scoring;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// Full marks on a quantitative target that was not met (入户走访率 99% against
/// 100%, 5 of 5): whatever the rounding, an unmet target does not earn the whole
/// weight. Also a 时效 deadline missed (10月底前 → 12月) scored in full.
/// </summary>
public sealed class PE209 : FormRule
{
    public override RuleInfo Info { get; } = new("PE209", Severity.Error, "full-score-unmet-target",
        "未达到指标值（含时效期限）的指标却得满分")
    {
        Title = "未达到指标值却得满分",
        English = "full marks on a quantitative target or deadline that was not met",
    };

    public static bool FullScoreOnMiss(IndicatorScore s) =>
        s.Verdict == Verdict.Missed && !s.ZeroTargetMissed && s.Direction != Direction.Qualitative
        && s.Indicator.Score.Value is { } score && s.Indicator.Weight.Value is { } w && w > 0m && score >= w;

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        foreach (var s in ctx.Score.Indicators)
        {
            var ind = s.Indicator;
            if (FullScoreOnMiss(s))
                yield return Found(
                    $"指标“{Names.Of(ind)}”实际完成值 {ind.Actual.Raw.Trim()} 未达到指标值 {ind.Target.Raw.Trim()}，却得满分 {Fmt.S(ind.Score)}；按比例应为 {Fmt.N(s.Rounded)}",
                    ind.Score.Ref, s.Rounded, ind.Score.Value);
            else if (s.DeadlineMissed && ind.Score.Value is { } score && ind.Weight.Value is { } w && w > 0m && score >= w)
                yield return Found(
                    $"时效指标“{Names.Of(ind)}”要求 {ind.Target.Raw.Trim()}，实际 {ind.Actual.Raw.Trim()}，晚于期限，却得满分 {Fmt.S(ind.Score)}",
                    ind.Score.Ref, null, score);
        }
    }
}
