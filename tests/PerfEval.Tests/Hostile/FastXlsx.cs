using PerfEval.Samples;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// Writes seed forms as worksheets of inline strings with their merged
/// ranges, through TestXlsx's raw parts: a workbook in milliseconds, where
/// XlsxSampleWriter's ClosedXML model takes a good part of a second.
/// </summary>
internal static class FastXlsx
{
    public static void Write(string path, params SeedForm[] forms)
    {
        var book = new TestXlsx();
        for (int f = 0; f < forms.Count(); f++)
        {
            var sheet = book.AddSheet($"表{f + 1}");
            var rows = FormLayout.Lay(forms[f]);
            sheet.Inline("A1", forms[f].Title).Inline("A2", forms[f].YearLine);
            for (int r = 0; r < rows.Count; r++)
            {
                int sheetRow = r + 3;
                foreach (var cell in rows[r].Cells)
                {
                    if (cell.Merge == VMerge.Continue)
                        continue;
                    var a1 = Address(sheetRow, cell.Column);
                    if (cell.Text.Length > 0)
                        sheet.Inline(a1, cell.Text);
                    int down = 0;
                    if (cell.Merge == VMerge.Restart)
                        while (r + down + 1 < rows.Count && rows[r + down + 1].Cells.Any(c => c.Column == cell.Column && c.Merge == VMerge.Continue))
                            down++;
                    if (cell.Span > 1 || down > 0)
                        sheet.Merge($"{a1}:{Address(sheetRow + down, cell.Column + cell.Span - 1)}");
                }
            }
        }
        book.Write(path);
    }

    static string Address(int row, int col)
    {
        var letters = "";
        for (; col > 0; col = (col - 1) / 26)
            letters = (char)('A' + (col - 1) % 26) + letters;
        return letters + row;
    }
}
