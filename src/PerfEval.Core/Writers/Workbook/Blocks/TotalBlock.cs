using N = PerfEval.Writers.Workbook.TemplateNames;

namespace PerfEval.Writers.Workbook.Blocks;

/// <summary>总分: the weight sum and the total as live sums of the items (不适用 rows left out, rescaled as the profile says), the remark as stated.</summary>
internal static class TotalBlock
{
    /// <returns>The A1 address of the total, for 汇总.</returns>
    public static string Write(FormContext c, FundingCells funding, string scores, string weights, IReadOnlyList<string> notApplicable)
    {
        var form = c.Form;
        if (c.At(N.TotalWeight) is { } tw)
        {
            decimal sum = c.R.Score.BudgetWeight + form.Indicators.Sum(i => FormContext.Written(i.Weight) ?? 0m);
            c.Sheet.Formula(tw, Formulas.Sum(funding.BudgetWeight, weights), sum);
            c.Changes.Moved(form.TotalWeight.Ref, tw);
            c.MarkIf(form.TotalWeight.Value != sum, tw, form.TotalWeight, "预算执行率分值与各指标分值之和");
        }

        var total = c.At(N.Total)!.Value;
        var parts = new TotalParts(funding.BudgetScore, scores, funding.BudgetWeight, weights, notApplicable, funding.Budget, funding.Executed);
        c.Sheet.Formula(total, Formulas.Total(parts, c.Profile), c.R.Score.RecomputedTotal);
        c.Changes.Moved(form.StatedTotal.Ref, total);
        c.Changes.Moved(form.TotalRef, total);
        c.MarkIf(form.StatedTotal.Value != c.R.Score.RecomputedTotal, total, form.StatedTotal, "各项得分之和", form.StatedTotal.Ref, form.TotalRef);

        if (c.At(N.TotalRemark) is { } remark) c.Put(remark, form.TotalRemark, null);
        return total.A1;
    }
}
