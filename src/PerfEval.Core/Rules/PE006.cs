using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// What recognition did not understand, said rather than hidden behind a
/// wrong total: a header cell inside a recognized block that got no role
/// (its column is not read), a funding row whose label names no known source
/// (counted as another source), a header with 分值 and 得分 but no 一级/二级/三级
/// column (a scored table its points are not counted from), and a column the scoring needs that the form
/// does not show (no 执行数 column, no budget column, no weight anywhere).
/// Only forms read from a grid are checked (their Columns are known).
/// </summary>
public sealed class PE006 : FormRule
{
    public override RuleInfo Info { get; } = new("PE006", Severity.Info, "not-understood",
        "表头中有未能识别含义的栏目或资金行，或缺少计分所需的栏目（执行数、预算数、分值）")
    {
        Title = "表格中有未能识别的栏目",
        English = "a header cell or funding row in a recognized block has no meaning perfeval knows, or a column scoring needs is missing",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        if (f.Columns.Count == 0) yield break;
        foreach (var u in f.Unread)
            yield return (u.IsRow, u.Block) switch
            {
                (true, FormBlock.Funding) => Found($"预算执行部分的资金行“{u.Label}”未能识别其资金来源，已作为其他来源计入分项合计", u.Ref),
                (true, _) => Found($"表头“{u.Label}”有分值和得分，但没有一级/二级/三级指标栏目，未能识别，其下各行的得分未计入重新计算的总分", u.Ref),
                _ => Found($"{BlockName(u.Block)}表头“{u.Label}”未能识别其含义，此列未读取", u.Ref),
            };

        var funding = f.Columns.Where(c => c.Block == FormBlock.Funding).ToList();
        if (funding.Count > 0)
        {
            var at = funding[0].Ref;
            if (!f.HasRole(ColumnRole.Executed))
                yield return Found("预算执行部分未找到执行数栏目，无法计算执行率和预算执行得分", at);
            if (!f.HasRole(ColumnRole.FullYearBudget) && !f.HasRole(ColumnRole.InitialBudget))
                yield return Found("预算执行部分未找到预算数栏目，无法计算执行率", at);
            if (!f.HasRole(ColumnRole.BudgetWeight) && f.FundingTotal is { WeightFromLabel: false })
                yield return Found($"预算执行部分未找到分值（权重）栏目，标签中也未标注分值，按评分方案的 {Fmt.N(ctx.Profile.BudgetWeight)} 分计", at);
        }
        else if (f.Indicators.Count > 0)
            yield return Found("未找到预算执行（项目资金）部分，预算执行得分未读取", f.IndicatorHeaderRef);

        if (f.Indicators.Count > 0 && f.Columns.Any(c => c.Block == FormBlock.Indicators) && !f.HasRole(ColumnRole.Weight))
            yield return f.LabelWeights.Any(l => l.Scope != LabelWeightScope.Budget)
                ? Found("绩效指标部分没有分值（权重）栏目，分值只标注在指标类别的标签中，各项指标得分只按类别合计核对", f.IndicatorHeaderRef)
                : Found("绩效指标部分未找到分值（权重）栏目，标签中也未标注分值，无法核对各指标得分", f.IndicatorHeaderRef);
    }

    static string BlockName(FormBlock block) => block switch
    {
        FormBlock.Funding => "预算执行部分",
        FormBlock.Indicators => "绩效指标部分",
        _ => "",
    };
}
