using System.Security;
using System.Text;
using PerfEval.Samples;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// Writes seed forms as WordprocessingML text, laid out by FormLayout like
/// DocxSampleWriter but without the SDK's object model, so a form with
/// thousands of rows or a megabyte cell is written in milliseconds.
/// </summary>
internal static class FastDocx
{
    public static void Write(string path, params SeedForm[] forms)
    {
        var body = new StringBuilder();
        foreach (var form in forms)
        {
            body.Append(TestDocx.P(form.Title)).Append(TestDocx.P(form.YearLine));
            var rows = FormLayout.Lay(form);
            body.Append("<w:tbl><w:tblGrid>").Append(string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"1000\"/>", FormLayout.Columns))).Append("</w:tblGrid>");
            foreach (var row in rows)
            {
                body.Append("<w:tr>");
                foreach (var cell in row.Cells)
                {
                    body.Append("<w:tc><w:tcPr>");
                    if (cell.Span > 1) body.Append(TestDocx.Span(cell.Span));
                    if (cell.Merge == VMerge.Restart) body.Append(TestDocx.VRestart);
                    else if (cell.Merge == VMerge.Continue) body.Append(TestDocx.VContinue);
                    body.Append("</w:tcPr>");
                    var text = cell.Merge == VMerge.Continue ? "" : cell.Text;
                    foreach (var line in text.Split('\n'))
                        body.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(SecurityElement.Escape(line)).Append("</w:t></w:r></w:p>");
                    body.Append("</w:tc>");
                }
                body.Append("</w:tr>");
            }
            body.Append("</w:tbl>");
        }
        TestDocx.Write(path, body.Append("<w:p/>").ToString());
    }
}
