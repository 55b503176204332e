using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// 年初预算数 ≠ 全年预算数 (the budget was adjusted during the year) with no word
/// on why: the remark and the 预算执行情况 analysis name no 调整, 追加, 调减, 收回 …
/// nor any other cause.
/// </summary>
public sealed class PE107 : FormRule
{
    public override RuleInfo Info { get; } = new("PE107", Severity.Warning, "budget-adjustment-unexplained",
        "年初预算数与全年预算数不同，但未说明预算调整的原因")
    {
        Title = "预算调整未说明",
        English = "年初预算数 ≠ 全年预算数 with no explanation",
    };

    static readonly string[] Adjusting = { "调整", "追加", "调减", "调增", "追减", "调剂", "变更", "压减", "收回", "增加", "减少", "统筹" };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var fund = ctx.Form.FundingTotal;
        if (fund?.Initial.Value is not { } initial || fund.FullYear.Value is not { } full || initial == full) yield break;
        if (FundingTexts.Of(ctx.Form).Any(t => Reasons.Explains(t.Text)
                || (!Reasons.IsMissing(t.Text) && Adjusting.Any(w => TextNorm.Key(t.Text).Contains(w, StringComparison.Ordinal)))))
            yield break;
        yield return Found(
            $"年初预算数 {Fmt.S(fund.Initial)} 万元调整为全年预算数 {Fmt.S(fund.FullYear)} 万元，{FundingTexts.Searched(ctx.Form)}均未说明调整原因",
            fund.FullYear.Ref, initial, full);
    }
}
