using PerfEval.Findings;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE305 : FormRule
{
    public override RuleInfo Info { get; } = new("PE305", Severity.Error, "total-above-execution-cap",
        "总分超过所选口径按执行率设定的上限（全国口径不检查）")
    {
        Title = "总分超过执行率封顶",
        English = "the total exceeds the profile's cap for its execution rate",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var stated = ctx.Form.StatedTotal;
        if (ctx.Score.Cap is not { } cap || ctx.Score.RatePercent is not { } rate || stated.Value is not { } total || total <= cap) yield break;
        yield return Found($"执行率 {Fmt.Pct(rate)} 时总分不得超过 {Fmt.N(cap)}，填报 {Fmt.S(stated)}", stated.Ref, cap, total);
    }
}
