using System.Globalization;
using System.Security;
using System.Text;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Recognition;

/// <summary>
/// Writes a form described as rows of cell texts ("^" continues the merged
/// cell above, "&lt;" the one on the left, as in GridBuilder) the way a
/// submitter's file holds it: a Word table in hand-written document.xml
/// (gridSpan, vMerge), or worksheet XML with merged ranges, numbers typed as
/// numbers and rates as percentages.
/// </summary>
internal static class LayoutFiles
{
    // ---- Word -----------------------------------------------------------

    /// <summary>One w:tbl for the rows.</summary>
    public static string WordTable(string[][] rows)
    {
        int width = rows.Max(r => r.Length);
        var sb = new StringBuilder();
        for (int r = 0; r < rows.Length; r++)
        {
            sb.Append("<w:tr>");
            for (int c = 0; c < width; c++)
            {
                var text = At(rows, r, c);
                if (text == "<") continue;
                int span = 1;
                while (c + span < width && At(rows, r, c + span) == "<") span++;
                var pr = new StringBuilder($"<w:tcW w:w=\"{900 * span}\" w:type=\"dxa\"/>");
                if (span > 1) pr.Append($"<w:gridSpan w:val=\"{span}\"/>");
                if (text == "^") pr.Append("<w:vMerge/>");
                else if (r + 1 < rows.Length && At(rows, r + 1, c) == "^") pr.Append("<w:vMerge w:val=\"restart\"/>");
                var content = text == "^" ? "<w:p/>" : Paragraphs(text);
                sb.Append($"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>");
            }
            sb.Append("</w:tr>");
        }
        var grid = string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"900\"/>", width));
        return $"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{sb}</w:tbl>";
    }

    /// <summary>A cell's lines as paragraphs (Word users press Enter inside a cell).</summary>
    static string Paragraphs(string text) =>
        string.Concat(text.Split('\n').Select(l => l.Length == 0 ? "<w:p/>" : TestDocx.P(l)));

    /// <summary>A .docx of paragraphs and tables in order: a string[][] is a table, a string a paragraph.</summary>
    public static string Docx(string path, params object[] blocks)
    {
        var body = new StringBuilder();
        foreach (var b in blocks)
            body.Append(b switch
            {
                string[][] rows => WordTable(rows) + "<w:p/>",
                string s => TestDocx.P(s),
                _ => throw new ArgumentException("a block is a paragraph or rows"),
            });
        body.Append("<w:sectPr/>");
        return TestDocx.Write(path, body.ToString());
    }

    // ---- Excel ----------------------------------------------------------

    /// <summary>Puts the rows on a sheet with their top-left cell at (row, col), 1-based.</summary>
    public static TestXlsx.Sheet Place(TestXlsx.Sheet sheet, string[][] rows, int top = 1, int left = 1)
    {
        int width = rows.Max(r => r.Length);
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < width; c++)
            {
                var text = At(rows, r, c);
                if (text is "^" or "<" || text.Length == 0) continue;
                var a1 = A1(top + r, left + c);
                Value(sheet, a1, text);
                int w = 1, h = 1;
                while (c + w < width && At(rows, r, c + w) == "<") w++;
                while (r + h < rows.Length && At(rows, r + h, c) == "^") h++;
                if (w > 1 || h > 1) sheet.Merge($"{a1}:{A1(top + r + h - 1, left + c + w - 1)}");
            }
        return sheet;
    }

    /// <summary>What a submitter types: 12.5 is a number, 95% a number shown as a percentage, anything else text.</summary>
    static void Value(TestXlsx.Sheet sheet, string a1, string text)
    {
        var inv = CultureInfo.InvariantCulture;
        if (decimal.TryParse(text, NumberStyles.Number, inv, out var d))
            sheet.Number(a1, d.ToString(inv));
        else if (text.EndsWith('%') && decimal.TryParse(text[..^1], NumberStyles.Number, inv, out var p))
        {
            int places = text.Contains('.') ? text.Length - text.IndexOf('.') - 2 : 0;
            sheet.Number(a1, (p / 100m).ToString(inv), places == 0 ? TestXlsx.Percent0 : places == 1 ? TestXlsx.Percent1 : TestXlsx.Percent2);
        }
        else
            sheet.Shared(a1, text);
    }

    public static string Xlsx(string path, params string[][][] formsStacked)
    {
        var book = new TestXlsx();
        var sheet = book.AddSheet("Sheet1");
        int top = 1;
        foreach (var rows in formsStacked)
        {
            Place(sheet, rows, top);
            top += rows.Length + 2;
        }
        return book.Write(path);
    }

    // ---- checking ---------------------------------------------------------

    /// <summary>Writes the forms (stacked) as one .docx or .xlsx in the folder and checks the file through the whole pipeline.</summary>
    public static PerfEval.Model.FileResult Check(TempFolder dir, string kind, PerfEval.Scoring.ScoringProfile? profile, params string[][][] forms)
    {
        var path = dir.File("form." + kind);
        if (kind == "docx") Docx(path, forms.Cast<object>().ToArray());
        else Xlsx(path, forms);
        return new PerfEval.Pipeline.Checker(profile).Check(path);
    }

    /// <summary>A form's finding codes, sorted, space-separated: what a test states exactly.</summary>
    public static string Codes(PerfEval.Model.FormResult r) =>
        string.Join(" ", r.Findings.Select(f => f.Rule).OrderBy(c => c, StringComparer.Ordinal));

    static string At(string[][] rows, int r, int c) => c < rows[r].Length ? rows[r][c] : "";

    public static string A1(int row, int col) => PerfEval.Grid.CellRef.ColumnLetters(col) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A row of text spread over width columns (a title or year line merged across the form).</summary>
    public static string[] Across(string text, int width) => new[] { text }.Concat(Enumerable.Repeat("<", width - 1)).ToArray();

    public static string Escape(string s) => SecurityElement.Escape(s)!;
}
