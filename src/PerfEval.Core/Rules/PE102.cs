using PerfEval.Findings;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE102 : FormRule
{
    public override RuleInfo Info { get; } = new("PE102", Severity.Warning, "overspent",
        "全年执行数大于全年预算数")
    {
        Title = "执行数超过预算数",
        English = "全年执行数 > 全年预算数",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var s = ctx.Score;
        if (s.Budget is { } budget && s.Executed is { } executed && executed > budget)
            yield return Found($"全年执行数 {Fmt.N(executed)} 万元超过全年预算数 {Fmt.N(budget)} 万元",
                ctx.Form.FundingTotal?.Executed.Ref, budget, executed);
    }
}
