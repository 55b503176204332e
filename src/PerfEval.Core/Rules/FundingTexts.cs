using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// Where a form explains its funding: the remark of the 总分 row and the
/// 项目实施和预算执行情况及分析 text (PE106, PE107). The first cell is where a
/// finding about a missing explanation points.
/// </summary>
public static class FundingTexts
{
    public static IEnumerable<(string Label, string Text, CellRef? Ref)> Of(Form f)
    {
        if (f.TotalRemark.Length > 0) yield return ("总分栏备注", f.TotalRemark, f.TotalRef);
        // The 原因 column of a 四川-style 预算执行情况 block (issue 12: the funding block's reason cell).
        foreach (var row in f.FundingRows)
            if (row.Reason.Length > 0) yield return ("预算执行情况的原因栏", row.Reason, row.Ref);
        // Recognition stores each analysis text under its label from the label table.
        if (f.Analysis.TryGetValue(Labels.ExecutionAnalysis, out var text))
            yield return ($"“{Labels.ExecutionAnalysis}”", text.Text, text.Ref);
    }

    /// <summary>
    /// The block's own 原因 cell is filled with something that is a reason (not 无, /, 见上 …): a
    /// column headed 原因 needs no causal word to count as an explanation, unlike a remark.
    /// </summary>
    public static bool ReasonCellFilled(Form f) => f.FundingRows.Any(r => r.Reason.Length > 0 && !Reasons.IsMissing(r.Reason));

    /// <summary>The labels searched, for the message: 总分栏备注、“项目实施和预算执行情况及分析”.</summary>
    public static string Searched(Form f)
    {
        var labels = Of(f).Select(t => t.Label).Distinct().ToList();
        if (!labels.Contains("总分栏备注")) labels.Insert(0, "总分栏备注");
        return string.Join("、", labels);
    }

    /// <summary>The analysis cell on execution, else the budget's rate cell.</summary>
    public static CellRef? Where(Form f) =>
        Of(f).Where(t => t.Label != "总分栏备注").Select(t => t.Ref).FirstOrDefault(r => r is not null)
        ?? f.FundingTotal?.Rate.Ref ?? f.FundingTotal?.Ref;
}
