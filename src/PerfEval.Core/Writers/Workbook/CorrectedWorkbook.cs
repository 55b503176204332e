using ClosedXML.Excel;
using PerfEval.Scoring;
using PerfEval.Model;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// The corrected workbook of one checked file (`perfeval fix`): one sheet
/// per form filled from the template, then 汇总, then 问题清单. 汇总 is the
/// sheet it opens on.
/// </summary>
public static class CorrectedWorkbook
{
    /// <summary>Writes the workbook; the file must hold at least one form.</summary>
    public static void Write(FileResult result, FormTemplate template, ScoringProfile profile, Stream output)
    {
        if (result.Forms.Count == 0) throw new ArgumentException("no form to write", nameof(result));
        var cache = new CachedValues();
        using var buffer = new MemoryStream();
        using (var workbook = template.Open())
        {
            var names = new SheetNames();
            names.Reserve(SummarySheets.Summary);
            names.Reserve(SummarySheets.Issues);
            var source = workbook.Worksheet(template.SheetName);
            // Out of the way of the project names, which may well be the template sheet's.
            int k = 0;
            foreach (var ws in workbook.Worksheets.ToList())
            {
                var temporary = $"~perfeval{k++}~";
                names.Reserve(temporary);
                ws.Name = temporary;
            }

            var sheets = new List<FormSheet>();
            foreach (var form in result.Forms)
            {
                var name = names.Take(form.Form.Project.Text, form.Form.Index);
                sheets.Add(FormSheetWriter.Write(source, name, template, form, profile, cache));
            }

            // The template's other sheets (instructions, lists) are not part of a corrected file.
            foreach (var ws in workbook.Worksheets.Where(w => !sheets.Any(s => s.Name == w.Name)).ToList()) ws.Delete();
            // Its names would point at the deleted template sheet or repeat on every copy.
            foreach (var n in workbook.NamedRanges.Select(n => n.Name).ToList()) workbook.NamedRanges.Delete(n);
            foreach (var ws in workbook.Worksheets)
                foreach (var n in ws.NamedRanges.Select(n => n.Name).ToList()) ws.NamedRanges.Delete(n);

            var summary = workbook.Worksheets.Add(SummarySheets.Summary);
            SummarySheets.WriteSummary(summary, sheets, profile, cache);
            SummarySheets.WriteIssues(workbook.Worksheets.Add(SummarySheets.Issues), sheets);

            foreach (var ws in workbook.Worksheets)
            {
                ws.TabSelected = false;
                ws.TabActive = false;
            }
            summary.TabSelected = true;
            summary.TabActive = true;
            workbook.Properties.Author = "perfeval";
            workbook.Properties.Title = "更正后的项目支出绩效自评表：" + Path.GetFileName(result.Path);
            workbook.FullCalculationOnLoad = true;
            workbook.SaveAs(buffer);
        }
        cache.Apply(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
