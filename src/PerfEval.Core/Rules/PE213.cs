using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// A target of 0 is a ceiling (安全事故 0次, 投诉率 0%): an actual above it has
/// missed the target, and no ratio to 0 gives a score, so perfeval keeps the
/// stated score and asks a person to judge it.
/// </summary>
public sealed class PE213 : FormRule
{
    public override RuleInfo Info { get; } = new("PE213", Severity.Warning, "zero-target-exceeded",
        "指标值为 0（上限）而实际完成值超过 0：未达成，无法按比例计分，需人工核定得分")
    {
        Title = "指标值为 0 而实际超出",
        English = "a target of 0 (a ceiling) was exceeded: a person must set the score",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        foreach (var s in ctx.Score.Indicators)
        {
            if (!s.ZeroTargetMissed) continue;
            var ind = s.Indicator;
            var full = ind.Score.Value is { } v && ind.Weight.Value is { } w && v >= w ? "（填报为满分）" : "";
            yield return Found(
                $"指标“{Names.Of(ind)}”指标值 {ind.Target.Raw.Trim()} 是上限，实际完成值 {ind.Actual.Raw.Trim()} 已超出，未达成指标；无法按比例计算，已保留填报得分 {Fmt.S(ind.Score)}{full}，请人工核定",
                ind.Score.Ref ?? ind.ActualRef ?? ind.Ref, null, ind.Score.Value);
        }
    }
}
