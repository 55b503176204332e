using PerfEval.Findings;

namespace PerfEval.Rules;

public sealed class PE303 : FormRule
{
    public override RuleInfo Info { get; } = new("PE303", Severity.Error, "total-missing",
        "总分未填写");

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        if (ctx.Form.StatedTotal.IsBlank)
            yield return Found("总分未填写", ctx.Form.StatedTotal.Ref ?? ctx.Form.TotalRef, ctx.Score.RecomputedTotal, null);
    }
}
