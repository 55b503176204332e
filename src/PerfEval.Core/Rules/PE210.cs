using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// Every quantitative actual equal to its target and every indicator at full
/// marks: the form looks copied from its targets rather than measured. Needs
/// at least three quantitative indicators, so a small form is not suspected
/// for being small.
/// </summary>
public sealed class PE210 : FormRule
{
    public override RuleInfo Info { get; } = new("PE210", Severity.Warning, "actuals-copied-from-targets",
        "全部定量指标的实际完成值都与指标值相同且各项均得满分（疑似照抄指标值）")
    {
        Title = "完成值疑似照抄指标值",
        English = "every quantitative actual equals its target with full marks (a copied form)",
    };

    public const int MinQuantitative = 3;

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var scored = ctx.Score.Indicators.Where(s => !s.NotApplicable).ToList();
        var quantitative = scored.Where(s => s.TargetNumber is not null && s.ActualNumber is not null).ToList();
        if (quantitative.Count < MinQuantitative) yield break;
        if (quantitative.Any(s => s.TargetNumber != s.ActualNumber)) yield break;
        if (scored.Any(s => s.Indicator.Weight.Value is not { } w || s.Indicator.Score.Value != w)) yield break;
        yield return Found(
            $"全部 {quantitative.Count} 项定量指标的实际完成值都与年度指标值相同，且 {scored.Count} 项指标均得满分，请核实完成值是实际测得的还是照抄了指标值",
            ctx.Form.IndicatorHeaderRef ?? scored[0].Indicator.Ref);
    }
}
