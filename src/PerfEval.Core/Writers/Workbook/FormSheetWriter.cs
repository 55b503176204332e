using PerfEval.Scoring;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Writers.Workbook.Blocks;

namespace PerfEval.Writers.Workbook;

/// <summary>One corrected form: its sheet, where its total is, and the map from original cells.</summary>
/// <param name="Profile">The profile the form was scored and written under (overrides choose it per form).</param>
public sealed record FormSheet(string Name, FormResult Result, ScoringProfile Profile, string TotalCell, int Marked, Func<CellRef?, string?> Where);

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
        var (scores, weights, notApplicable) = IndicatorBlock.Write(c);
        var total = TotalBlock.Write(c, funding, scores, weights, notApplicable);
        TextBlock.Analysis(c);
        sheet.PrintArea(c.Row(t.LastRow), t.FormLastCol);
        return new FormSheet(sheet.Name, r, profile, total, c.Changes.Marked, c.Changes.Where);
    }
}
