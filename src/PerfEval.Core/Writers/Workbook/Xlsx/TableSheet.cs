namespace PerfEval.Writers.Workbook.Xlsx;

/// <summary>
/// 汇总 and 问题清单 as sheets: a bold, filled, frozen header row, every cell
/// bordered and wrapped, an auto-filter, rows fitted to their text, printed
/// on A4 with the header repeated.
/// </summary>
internal static class TableSheet
{
    public static SheetModel Build(SheetTable t)
    {
        var s = new SheetModel(t.Name);
        int cols = t.Headers.Count, lastRow = Math.Max(1, t.Rows.Count + 1);
        for (int c = 0; c < cols; c++)
        {
            s.Widths[c + 1] = t.Widths[c];
            s.SetText(1, c + 1, t.Headers[c]);
        }
        s.Look(1, 1, lastRow, cols, _ => new CellLook(Border: true, Middle: true, Wrap: true));
        s.Look(1, 1, 1, cols, l => l with { Bold = true, Fill = Fill.Header });
        for (int r = 0; r < t.Rows.Count; r++)
        {
            var row = t.Rows[r];
            for (int c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                int at = r + 2, col = c + 1;
                switch (cell.Kind)
                {
                    case TableValue.Number: s.SetNumber(at, col, cell.Number); break;
                    case TableValue.Text: s.SetText(at, col, cell.Text); break;
                    case TableValue.Formula: s.SetFormula(at, col, cell.Formula!, cell.Cached, cell.Text); break;
                    case TableValue.Link:
                        s.SetText(at, col, cell.Text);
                        s.Link(at, col, cell.Location!);
                        break;
                }
            }
        }
        for (int c = 0; c < cols; c++) s.Fit(1, c + 1, t.Headers[c]);
        for (int r = 0; r < t.Rows.Count; r++)
            for (int c = 0; c < t.Rows[r].Length; c++) s.Fit(r + 2, c + 1, SummarySheets.Shown(t.Rows[r][c]));
        s.FrozenRows = 1;
        if (lastRow > 1) s.AutoFilter = (lastRow, cols);
        s.PrintArea = (lastRow, cols);
        s.RepeatRows = 1;
        return s;
    }
}
