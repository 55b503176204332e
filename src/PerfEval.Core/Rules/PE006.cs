using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// What recognition did not understand, said rather than hidden behind a
/// wrong total: a header cell inside a recognized block that got no role
/// (its column is not read), and a column the scoring needs that the form
/// does not show (no 执行数 column, no budget column, no weight anywhere).
/// Only forms read from a grid are checked (their Columns are known).
/// </summary>
public sealed class PE006 : FormRule
{
    public override RuleInfo Info { get; } = new("PE006", Severity.Info, "not-understood",
        "表头中有未能识别含义的栏目，或缺少计分所需的栏目（执行数、预算数、分值），相应数字未读取")
    {
        Title = "表格中有未能识别的栏目",
        English = "a header cell in a recognized block has no meaning perfeval knows, or a column scoring needs is missing",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        if (f.Columns.Count == 0) yield break;
        foreach (var u in f.Unread)
            yield return Found($"{BlockName(u.Block)}表头“{u.Label}”未能识别其含义，此列未读取", u.Ref);

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

        if (f.Indicators.Count > 0 && f.Columns.Any(c => c.Block == FormBlock.Indicators)
            && !f.HasRole(ColumnRole.Weight) && !f.LabelWeights.Any(l => l.Scope != LabelWeightScope.Budget))
            yield return Found("绩效指标部分未找到分值（权重）栏目，标签中也未标注分值，无法核对各指标得分", f.IndicatorHeaderRef);
    }

    static string BlockName(FormBlock block) => block switch
    {
        FormBlock.Funding => "预算执行部分",
        FormBlock.Indicators => "绩效指标部分",
        _ => "",
    };
}
