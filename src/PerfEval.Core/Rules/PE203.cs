using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Scoring;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// A qualitative score outside the band its wording allows (national note):
/// 达成预期指标 80–100% of the weight, 部分达成预期指标并具有一定效果 60–80%,
/// 未达成预期指标且效果较差 0–60% — 80% belongs to the top band, 60% to the
/// middle one; the edges come from the profile (band50: 80/50). An actual that
/// restates the target (否→否, 无→无, 0→没有) has met it.
/// </summary>
public sealed class PE203 : FormRule
{
    public override RuleInfo Info { get; } = new("PE203", Severity.Warning, "qualitative-score-band",
        "定性指标的得分不在其完成情况表述对应的档次内（达成 80%–100%，部分达成 60%–80%，未达成 0–60%）")
    {
        Title = "定性指标得分与完成情况矛盾",
        English = "a qualitative score outside the band its wording allows",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var p = ctx.Profile;
        foreach (var s in ctx.Score.Indicators)
        {
            var ind = s.Indicator;
            if (s.Direction != Direction.Qualitative || s.NotApplicable || ind.Actual.IsBlank || s.DeadlineMissed) continue;
            if (ind.Score.Value is not { } score || ind.Weight.Value is not { } weight || weight <= 0m) continue;
            var said = Wording.Of(ind.Target.Raw, ind.Actual.Raw);
            if (said == Achievement.Unknown) continue;
            var percent = score / weight * 100m;
            var (low, high, _, highInclusive) = Wording.Band(said, p.QualitativeHigh, p.QualitativeLow);
            bool inside = percent >= low && (highInclusive ? percent <= high : percent < high);
            if (inside) continue;
            var band = said switch
            {
                Achievement.Achieved => $"“达成预期指标”应得 {Fmt.N(low)}%～100%",
                Achievement.Partial => $"“部分达成预期指标并具有一定效果”应得 {Fmt.N(low)}%～{Fmt.N(high)}%（不含）",
                _ => $"“未达成预期指标”应低于 {Fmt.N(high)}%",
            };
            var expected = percent < low ? Values.Tolerance.Round2(weight * low / 100m) : Values.Tolerance.Round2(weight * high / 100m);
            yield return Found(
                $"定性指标“{Names.Of(ind)}”实际完成值“{ind.Actual.Raw.Trim()}”，得分 {Fmt.S(ind.Score)} 为分值 {Fmt.S(ind.Weight)} 的 {Fmt.R(percent)}%，{band}",
                ind.Score.Ref, expected, score);
        }
    }
}
