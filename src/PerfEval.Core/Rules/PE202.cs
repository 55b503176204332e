using PerfEval.Findings;
using PerfEval.Values;
using PerfEval.Model;

namespace PerfEval.Rules;

public sealed class PE202 : FormRule
{
    public override RuleInfo Info { get; } = new("PE202", Severity.Error, "indicator-score-mismatch",
        "定量指标的得分与按指标值、实际完成值重新计算的结果不符")
    {
        Title = "定量指标得分不符",
        English = "a quantitative indicator's score ≠ the recomputed one",
        Fix = Correction.ExpectedScore,
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        foreach (var s in ctx.Score.Indicators)
        {
            var ind = s.Indicator;
            if (s.Raw is not { } raw || s.Rounded is not { } rounded || !ind.Score.HasValue) continue;
            if (Tolerance.Matches(ind.Score, raw, isScore: true)) continue;
            var how = s.Direction == Direction.Reverse ? "反向指标" : "正向指标";
            yield return Found(
                $"指标“{Names.Of(ind)}”得分 {Fmt.S(ind.Score)} 与按指标值 {ind.Target.Raw.Trim()}、实际完成值 {ind.Actual.Raw.Trim()} 重新计算的 {Fmt.N(rounded)} 不符（{how}）",
                ind.Score.Ref, rounded, ind.Score.Value);
        }
    }
}
