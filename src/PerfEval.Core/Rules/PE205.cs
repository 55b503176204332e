using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE205 : FormRule
{
    public override RuleInfo Info { get; } = new("PE205", Severity.Info, "target-far-exceeded",
        "正向指标的实际完成值超出指标值 20% 以上，指标值可能设定偏低")
    {
        Title = "实际完成值远超指标值",
        English = "a positive indicator beats its target by more than 20%",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        foreach (var s in ctx.Score.Indicators)
        {
            if (s.Direction != Direction.Positive || s.TargetNumber is not { } t || s.ActualNumber is not { } a || t <= 0m) continue;
            if (a <= t * (1m + ctx.Profile.OverAchievementThreshold)) continue;
            var over = (a - t) / t * 100m;
            var ind = s.Indicator;
            yield return Found(
                $"指标“{Names.Of(ind)}”实际完成值 {ind.Actual.Raw.Trim()} 超出指标值 {ind.Target.Raw.Trim()} {Fmt.R(over)}%，指标值可能设定偏低",
                ind.ActualRef ?? ind.Ref, t, a);
        }
    }
}
