using PerfEval.Findings;

namespace PerfEval.Rules;

public sealed class PE303 : FormRule
{
    public override RuleInfo Info { get; } = new("PE303", Severity.Error, "total-missing",
        "总分未填写")
    {
        Title = "总分未填写",
        English = "总分 is blank",
        Fix = Correction.RecomputedTotal,
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        if (ctx.Form.StatedTotal.IsBlank)
            yield return Found("总分未填写", ctx.Form.StatedTotal.Ref ?? ctx.Form.TotalRef, ctx.Score.RecomputedTotal, null);
    }
}
