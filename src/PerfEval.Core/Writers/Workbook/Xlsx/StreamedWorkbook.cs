using PerfEval.Scoring;
using PerfEval.Model;

namespace PerfEval.Writers.Workbook.Xlsx;

/// <summary>The corrected workbook on the standard layout, streamed: form sheets, 汇总, 问题清单.</summary>
internal static class StreamedWorkbook
{
    public static void Write(FileResult result, FormTemplate template, ScoringProfile profile, Stream output, IReadOnlyList<FormField> summaryFields)
    {
        var names = SheetNames.ForCorrectedWorkbook();
        var sheets = new List<SheetModel>();
        var forms = new List<FormSheet>();
        foreach (var form in result.Forms)
        {
            var sheet = StandardSheet.ForForm(names.Take(form.Form.Project.Text, form.Form.Index), Math.Max(form.Form.Indicators.Count, 1));
            forms.Add(FormSheetWriter.Write(sheet, template, form, profile));
            sheets.Add(sheet.Model);
        }
        var summary = TableSheet.Build(SummarySheets.SummaryTable(result.Path, forms, profile, summaryFields));
        summary.Selected = true;
        sheets.Add(summary);
        sheets.Add(TableSheet.Build(SummarySheets.IssuesTable(forms)));
        PackageWriter.Write(output, sheets, Array.Empty<DefinedName>(), CorrectedWorkbook.Title(result), DateTime.UtcNow, recalculateOnLoad: true);
    }
}
