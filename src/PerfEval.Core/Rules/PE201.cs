using PerfEval.Findings;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE201 : FormRule
{
    public override RuleInfo Info { get; } = new("PE201", Severity.Error, "score-out-of-range",
        "指标得分为负数或超过其分值")
    {
        Title = "指标得分超出范围",
        English = "an indicator score is negative or above its weight",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        foreach (var ind in ctx.Form.Indicators)
        {
            if (ind.Score.Value is not { } score || ind.Weight.Value is not { } weight) continue;
            if (score < 0m || score > weight)
                yield return Found($"指标“{Names.Of(ind)}”得分 {Fmt.S(ind.Score)} 超出 0～{Fmt.S(ind.Weight)} 的范围",
                    ind.Score.Ref, Math.Clamp(score, 0m, Math.Max(weight, 0m)), score);
        }
    }
}
