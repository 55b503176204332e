using PerfEval.Findings;
using PerfEval.Recognition;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE203 : FormRule
{
    public override RuleInfo Info { get; } = new("PE203", Severity.Warning, "qualitative-score-band",
        "定性指标的得分与其完成情况的表述不符（已完成却低于 80%，未完成却高于 60%）")
    {
        Title = "定性指标得分与完成情况矛盾",
        English = "a qualitative score contradicts its wording",
    };

    static readonly string[] NotAchieved = { "未完成", "未达到", "未达成", "未实现", "未开展", "没有", "未按", "不及时", "未能" };
    static readonly string[] NotAchievedExact = { "否", "无", "未", "不合格" };
    static readonly string[] Achieved = { "是", "完成", "已完成", "达到", "达成", "及时", "健全", "合格", "全部完成", "按时完成", "达成预期指标", "认可", "满意" };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        foreach (var s in ctx.Score.Indicators)
        {
            var ind = s.Indicator;
            if (s.Direction != Direction.Qualitative || ind.Actual.IsBlank) continue;
            if (ind.Score.Value is not { } score || ind.Weight.Value is not { } weight || weight <= 0m) continue;
            var percent = score / weight * 100m;
            var actual = TextNorm.Key(ind.Actual.Raw).TrimStart('=');
            var target = TextNorm.Key(ind.Target.Raw);

            if (IsNotAchieved(actual))
            {
                if (percent > ctx.Profile.QualitativeLow)
                    yield return Found(
                        $"定性指标“{Names.Of(ind)}”实际完成值“{ind.Actual.Raw.Trim()}”，得分 {Fmt.S(ind.Score)} 高于分值 {Fmt.S(ind.Weight)} 的 {Fmt.N(ctx.Profile.QualitativeLow)}%",
                        ind.Score.Ref, Tolerance(weight, ctx.Profile.QualitativeLow), score);
            }
            else if (actual == target || Achieved.Contains(actual) || actual.StartsWith("已", StringComparison.Ordinal))
            {
                if (percent < ctx.Profile.QualitativeHigh)
                    yield return Found(
                        $"定性指标“{Names.Of(ind)}”实际完成值“{ind.Actual.Raw.Trim()}”已达到指标值，得分 {Fmt.S(ind.Score)} 却低于分值 {Fmt.S(ind.Weight)} 的 {Fmt.N(ctx.Profile.QualitativeHigh)}%",
                        ind.Score.Ref, Tolerance(weight, ctx.Profile.QualitativeHigh), score);
            }
        }
    }

    static bool IsNotAchieved(string actual) =>
        NotAchievedExact.Contains(actual) || NotAchieved.Any(w => actual.Contains(w, StringComparison.Ordinal));

    static decimal Tolerance(decimal weight, decimal percent) => Values.Tolerance.Round2(weight * percent / 100m);
}
