using PerfEval.Findings;

namespace PerfEval.Rules;

public sealed class PE004 : FormRule
{
    public override RuleInfo Info { get; } = new("PE004", Severity.Error, "no-indicators",
        "绩效指标中没有任何已填写的指标行")
    {
        Title = "没有已填写的绩效指标",
        English = "the form has no filled-in indicator row",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        if (ctx.Form.Indicators.Count == 0)
            yield return Found("绩效指标中没有已填写的指标行", ctx.Form.IndicatorHeaderRef ?? ctx.Form.TotalRef);
    }
}
