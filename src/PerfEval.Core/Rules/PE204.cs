using PerfEval.Findings;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE204 : FormRule
{
    public override RuleInfo Info { get; } = new("PE204", Severity.Warning, "missing-deviation-reason",
        "指标未得满分，但未填写偏差原因分析及改进措施")
    {
        Title = "缺少偏差原因分析",
        English = "a score below its weight has no 偏差原因分析",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        foreach (var ind in ctx.Form.Indicators)
        {
            if (ind.Score.Value is not { } score || ind.Weight.Value is not { } weight) continue;
            if (score >= weight || !string.IsNullOrWhiteSpace(ind.Reason)) continue;
            yield return Found($"指标“{Names.Of(ind)}”得分 {Fmt.S(ind.Score)} 低于分值 {Fmt.S(ind.Weight)}，未填写偏差原因分析及改进措施",
                ind.ReasonRef ?? ind.Ref);
        }
    }
}
