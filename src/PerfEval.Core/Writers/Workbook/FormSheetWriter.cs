using PerfEval.Scoring;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Writers.Workbook.Blocks;

namespace PerfEval.Writers.Workbook;

/// <summary>One corrected form: its sheet, where its total is, and the map from original cells.</summary>
public sealed record FormSheet(string Name, FormResult Result, string TotalCell, int Marked, Func<CellRef?, string?> Where);

/// <summary>
/// Fills one sheet with a form, block by block (Blocks/): the stated texts
/// and amounts as they were, every recomputable number as a live formula,
/// each changed number marked (docs/fix.md). The sheet already has the
/// template's layout with the form's number of indicator rows.
/// </summary>
internal static class FormSheetWriter
{
    public static FormSheet Write(IFormSheet sheet, FormTemplate t, FormResult r, ScoringProfile profile)
    {
        var c = new FormContext(sheet, t, r, profile);
        TextBlock.Header(c);
        var funding = FundingBlock.Write(c);
        TextBlock.Goals(c);
        var (scores, weights) = IndicatorBlock.Write(c);
        var total = TotalBlock.Write(c, funding, scores, weights);
        TextBlock.Analysis(c);
        sheet.PrintArea(c.Row(t.LastRow), t.FormLastCol);
        return new FormSheet(sheet.Name, r, total, c.Changes.Marked, c.Changes.Where);
    }
}
