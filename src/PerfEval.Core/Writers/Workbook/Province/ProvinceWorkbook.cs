using ClosedXML.Excel;
using PerfEval.Scoring;
using PerfEval.Model;

namespace PerfEval.Writers.Workbook.Province;

/// <summary>
/// The corrected workbook on a province's template (`fix --template`): the
/// template sheet copied once per form and filled, then 汇总 and 问题清单,
/// saved by ClosedXML, the formulas' values put in afterwards.
/// </summary>
internal static class ProvinceWorkbook
{
    public static void Write(FileResult result, FormTemplate template, ScoringProfile profile, Stream output, IReadOnlyList<FormField> summaryFields)
    {
        var cache = new CachedValues();
        using var buffer = new MemoryStream();
        using (var workbook = new XLWorkbook(new MemoryStream(template.Bytes, writable: false)))
        {
            var names = SheetNames.ForCorrectedWorkbook();
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
                var sheet = new ClosedXmlSheet(source, names.Take(form.Form.Project.Text, form.Form.Index), template,
                    Math.Max(form.Form.Indicators.Count, 1), cache);
                sheets.Add(FormSheetWriter.Write(sheet, template, form, profile));
            }

            // The template's other sheets (instructions, lists) are not part of a corrected file.
            foreach (var ws in workbook.Worksheets.Where(w => !sheets.Any(s => s.Name == w.Name)).ToList()) ws.Delete();
            // Its names would point at the deleted template sheet or repeat on every copy.
            foreach (var n in workbook.NamedRanges.Select(n => n.Name).ToList()) workbook.NamedRanges.Delete(n);
            foreach (var ws in workbook.Worksheets)
                foreach (var n in ws.NamedRanges.Select(n => n.Name).ToList()) ws.NamedRanges.Delete(n);

            var summary = ClosedXmlTables.Write(workbook, SummarySheets.SummaryTable(result.Path, sheets, profile, summaryFields), cache);
            ClosedXmlTables.Write(workbook, SummarySheets.IssuesTable(sheets), cache);

            foreach (var ws in workbook.Worksheets)
            {
                ws.TabSelected = false;
                ws.TabActive = false;
            }
            summary.TabSelected = true;
            summary.TabActive = true;
            workbook.Properties.Author = Xlsx.PackageWriter.Author;
            workbook.Properties.Title = CorrectedWorkbook.Title(result);
            workbook.FullCalculationOnLoad = true;
            workbook.SaveAs(buffer);
        }
        cache.Apply(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
