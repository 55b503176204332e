using PerfEval.Findings;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE302 : FormRule
{
    public override RuleInfo Info { get; } = new("PE302", Severity.Error, "total-mismatch",
        "填报的总分不等于各项得分（预算执行得分与各指标得分）之和")
    {
        Title = "总分与各项得分合计不符",
        English = "the stated 总分 ≠ the sum of the stated item scores",
        Fix = Correction.RecomputedTotal,
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var stated = ctx.Form.StatedTotal;
        if (stated.Value is null || Tolerance.Matches(stated, ctx.Score.ItemSum, isScore: true)) yield break;
        yield return Found($"总分 {Fmt.S(stated)} 与各项得分合计 {Fmt.N(ctx.Score.ItemSum)} 不符",
            stated.Ref, ctx.Score.ItemSum, stated.Value);
    }
}
