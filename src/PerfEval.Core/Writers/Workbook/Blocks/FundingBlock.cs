using PerfEval.Model;
using N = PerfEval.Writers.Workbook.TemplateNames;
using PerfEval.Scoring;
using PerfEval.Values;

namespace PerfEval.Writers.Workbook.Blocks;

/// <summary>Where the funding block put the cells the total's formula reads.</summary>
internal readonly record struct FundingCells(string BudgetScore, string BudgetWeight, string Budget, string Executed);

/// <summary>
/// 项目资金: the amounts as stated, the budget 分值 of the profile, 执行率
/// and the budget 得分 as formulas, and the 其中 rows pointing at them.
/// </summary>
internal static class FundingBlock
{
    public static FundingCells Write(FormContext c)
    {
        var form = c.Form;
        var score = c.R.Score;
        var profile = c.Profile;
        var total = form.FundingTotal;
        Pos Cell(string column) => c.At(N.Funding(column, "总额"))!.Value;

        if (total is not null) Amounts(c, total, "总额");
        var initial = Cell("年初预算数");
        var fullYear = Cell("全年预算数");
        var executed = Cell("全年执行数");
        // The column the engine took the budget from (the profile's basis, the other when blank).
        bool useInitial = score.BudgetFromInitial;
        var budget = useInitial ? initial : fullYear;
        string b = budget.A1, e = executed.A1;

        // The form is scored on the weight it states; the profile's only fills a blank one (issue 12).
        var weight = Cell("分值");
        c.Sheet.Number(weight, score.BudgetWeight);
        var statedWeight = total?.Weight ?? StatedNumber.Missing();
        c.Changes.Moved(statedWeight.Ref, weight);
        c.MarkIf(statedWeight.Value != score.BudgetWeight, weight, statedWeight, $"按评分口径 {profile.Name} 的预算执行率分值");

        var rate = Cell("执行率");
        decimal? shownRate = score.Rate is { } r ? Math.Round(r, 4, MidpointRounding.AwayFromZero) : null;
        c.Sheet.Formula(rate, Formulas.Rate(b, e), shownRate, percent: true);
        var statedRate = total?.Rate ?? StatedNumber.Missing();
        c.Changes.Moved(statedRate.Ref, rate);
        c.MarkIf(!SameRate(statedRate, shownRate), rate, statedRate, useInitial ? "按 全年执行数 ÷ 年初预算数 重算" : "按 全年执行数 ÷ 全年预算数 重算");

        var budgetScore = Cell("得分");
        var statedScore = total?.Score ?? StatedNumber.Missing();
        // Without a rate the engine's figure stands: 0 without a budget, else the stated score within the weight.
        decimal withoutRate = score.Rate is null ? score.BudgetScore : Math.Max(0m, Math.Min(statedScore.Value ?? 0m, score.BudgetWeight));
        c.Sheet.Formula(budgetScore, Formulas.BudgetScore(b, e, weight.A1, withoutRate, profile), score.BudgetScore);
        c.Changes.Moved(statedScore.Ref, budgetScore);
        c.MarkIf(statedScore.Value != score.BudgetScore, budgetScore, statedScore, "按 分值 × min(执行率, 1) 重算");

        var subRows = new (FundingRow? Row, string Name)[]
        {
            (form.Appropriation ?? (total?.Kind == FundingKind.Appropriation ? total : null), "财政拨款"),
            (form.CarryOver, "上年结转"), (form.OtherFunds, "其他资金"),
        };
        foreach (var (row, name) in subRows)
            if (row is not null) SubRow(c, row, name, (weight, score.BudgetWeight), (rate, shownRate), (budgetScore, score.BudgetScore));

        return new FundingCells(budgetScore.A1, weight.A1, b, e);
    }

    static void Amounts(FormContext c, FundingRow row, string rowName)
    {
        foreach (var (column, stated) in new[] { ("年初预算数", row.Initial), ("全年预算数", row.FullYear), ("全年执行数", row.Executed) })
        {
            if (c.At(N.Funding(column, rowName)) is not { } cell) continue;
            c.Stated(cell, stated);
            c.Changes.Moved(stated.Ref, cell);
        }
    }

    /// <summary>
    /// 其中 rows keep their amounts. Where they repeat 分值/执行率/得分 (which
    /// belong to the 年度资金总额 row), the repeat becomes a reference to it.
    /// </summary>
    static void SubRow(FormContext c, FundingRow row, string rowName, (Pos Cell, decimal? Value) weight, (Pos Cell, decimal? Value) rate, (Pos Cell, decimal? Value) score)
    {
        Amounts(c, row, rowName);
        foreach (var (column, stated, source) in new[] { ("分值", row.Weight, weight), ("执行率", row.Rate, rate), ("得分", row.Score, score) })
        {
            if (c.At(N.Funding(column, rowName)) is not { } cell) continue;
            c.Changes.Moved(stated.Ref, cell);
            if (!stated.HasValue)
            {
                c.Sheet.Text(cell, stated.Raw.Trim());
                continue;
            }
            bool isRate = column == "执行率";
            c.Sheet.Formula(cell, source.Cell.A1, source.Value, percent: isRate);
            bool same = isRate ? SameRate(stated, source.Value) : stated.Value == source.Value;
            c.MarkIf(!same, cell, stated, "与年度资金总额行一致");
        }
    }

    /// <summary>
    /// A stated rate is a percentage (15.45, 15.45%); one of at most 1
    /// without a % sign may also be a fraction (0.1545). The corrected cell
    /// shows the rate to 4 places, so a stated rate is unchanged only when
    /// it is exactly that value; a rounder one is marked with what it was.
    /// </summary>
    static bool SameRate(StatedNumber stated, decimal? fraction)
    {
        if (stated.Value is not { } v) return fraction is null;
        if (fraction is not { } f) return false;
        var percent = f * 100m;
        return v == percent || (!stated.IsPercent && v <= 1m && v == f);
    }
}
