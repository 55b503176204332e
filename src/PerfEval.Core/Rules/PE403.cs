using System.Text.RegularExpressions;
using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Scoring;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// The goals or analysis text claims the work was done (按预算要求完成, 按计划完成,
/// 全部完成, 及时完成 …) while the execution rate is below the profile's threshold
/// or a quantitative output reached less than half its target.
/// </summary>
public sealed partial class PE403 : FormRule
{
    public override RuleInfo Info { get; } = new("PE403", Severity.Warning, "completion-claim-contradicted",
        "文字称“按预算要求/按计划/全部/及时完成”，但预算执行率低于阈值或有产出指标不足指标值的一半")
    {
        Title = "文字称已完成，数字却不是",
        English = "the text claims completion while execution or an output falls short",
    };

    [GeneratedRegex(@"(?<!未|没有|未能|不能|无法)(按预算要求|按计划|按预定进度|按进度|按期|如期|按时|全部|全面|圆满|及时)[^，,。；;、]{0,3}完成")]
    private static partial Regex Claim();

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        if (f.Indicators.Count == 0) yield break;
        var texts = new List<(string Label, Model.TextField Field)> { ("年度总体目标完成情况", f.GoalActual) };
        texts.AddRange(f.Analysis.Select(a => (a.Key, a.Value)));
        var hit = texts.Select(t => (t.Label, t.Field, Match: Claim().Match(TextNorm.Key(t.Field.Text)))).FirstOrDefault(t => t.Match.Success);
        if (hit.Match is null || !hit.Match.Success) yield break;

        var against = new List<string>();
        if (ctx.Score.RatePercent is { } rate && rate < ctx.Profile.ExecutionThreshold)
            against.Add($"预算执行率仅 {Fmt.Pct(Math.Round(rate, 2))}");
        var low = ctx.Score.Indicators.Where(s => s.Indicator.Level1 == Model.Level1.Output && s.Direction == Direction.Positive
            && s.TargetNumber is > 0m && s.ActualNumber is { } a && a < s.TargetNumber / 2m).ToList();
        if (low.Count > 0)
            against.Add("产出指标" + string.Join("、", low.Take(3).Select(s =>
                $"“{Names.Of(s.Indicator)}”{s.Indicator.Actual.Raw.Trim().TrimStart('=')}（指标值 {s.Indicator.Target.Raw.Trim()}）")) + "不足指标值的一半");
        if (against.Count == 0) yield break;
        // At the figure that contradicts the text (the rate, else the first short output), where a reader checks it.
        bool rateLow = ctx.Score.RatePercent is { } r && r < ctx.Profile.ExecutionThreshold;
        var at = rateLow ? f.FundingTotal?.Rate.Ref : low.Select(s => s.Indicator.ActualRef).FirstOrDefault();
        yield return Found($"“{hit.Label}”称“{hit.Match.Value}”，但{string.Join("，", against)}",
            at ?? hit.Field.Ref ?? f.IndicatorHeaderRef);
    }
}
