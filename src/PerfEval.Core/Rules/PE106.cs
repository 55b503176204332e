using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// Execution below the profile's threshold (90%) that the form explains nowhere:
/// neither the 总分 row's remark nor the 预算执行情况 analysis names a cause
/// (因…, 由于…, 结余, 延期…); 无, /, 见上 and a bare 按预算要求完成 are not causes.
/// Forms without indicators are PE004's and are not checked.
/// </summary>
public sealed class PE106 : FormRule
{
    public override RuleInfo Info { get; } = new("PE106", Severity.Warning, "low-execution-unexplained",
        "预算执行率低于口径阈值（全国 90%），但备注和预算执行情况分析均未说明原因")
    {
        Title = "预算执行率偏低且未说明原因",
        English = "execution below the threshold (90%) and explained nowhere",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        if (f.Indicators.Count == 0 || ctx.Score.RatePercent is not { } rate || rate >= ctx.Profile.ExecutionThreshold) yield break;
        if (FundingTexts.ReasonCellFilled(f) || FundingTexts.Of(f).Any(t => Reasons.Explains(t.Text))) yield break;
        yield return Found(
            $"预算执行率 {Fmt.Pct(Math.Round(rate, 2))}，低于 {Fmt.N(ctx.Profile.ExecutionThreshold)}%，{FundingTexts.Searched(f)}均未说明执行偏低的原因",
            f.FundingTotal?.Rate.Ref ?? FundingTexts.Where(f), ctx.Profile.ExecutionThreshold, Math.Round(rate, 2));
    }
}
