using PerfEval.Findings;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE304 : FormRule
{
    public override RuleInfo Info { get; } = new("PE304", Severity.Warning, "recomputed-total-differs",
        "填报的总分与按评分规则重新计算的总分不符")
    {
        Title = "总分与重新计算结果不符",
        English = "the stated 总分 ≠ the recomputed total",
        Fix = Correction.RecomputedTotal,
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var stated = ctx.Form.StatedTotal;
        var total = ctx.Score.RecomputedTotal;
        if (stated.Value is null || Tolerance.Matches(stated, total, isScore: true)) yield break;
        yield return Found($"总分 {Fmt.S(stated)} 与重新计算的总分 {Fmt.N(total)} 不符", stated.Ref, total, stated.Value);
    }
}
