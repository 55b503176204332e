using System.Globalization;
using L = PerfEval.Writers.Workbook.StandardLayout;
using N = PerfEval.Writers.Workbook.TemplateNames;

namespace PerfEval.Writers.Workbook.Xlsx;

/// <summary>
/// The standard form (StandardLayout) laid straight into a sheet with as
/// many indicator rows as the form has — labels, merges, borders, widths,
/// heights, A4 page setup — and filled by the blocks through
/// <see cref="IFormSheet"/>. With no form, the blank template's sheet,
/// its placeholder indicator rows included.
/// </summary>
internal sealed class StandardSheet : IFormSheet
{
    readonly SheetModel _s;

    StandardSheet(SheetModel sheet) => _s = sheet;

    public SheetModel Model => _s;
    public string Name => _s.Name;

    /// <summary>A sheet for a form with <paramref name="indicatorRows"/> indicator rows, ready to fill.</summary>
    public static StandardSheet ForForm(string name, int indicatorRows) => new(Lay(name, indicatorRows, blank: false));

    /// <summary>The blank template's sheet: the placeholder indicator rows as they print.</summary>
    public static SheetModel Blank() => Lay(TemplateBuilder.SheetName, L.LastIndicatorRow - L.FirstIndicatorRow + 1, blank: true);

    static SheetModel Lay(string name, int n, bool blank)
    {
        int first = L.FirstIndicatorRow, last = L.LastIndicatorRow, delta = n - (last - first + 1);
        int Row(int r) => r > last ? r + delta : r;
        var s = new SheetModel(name);
        for (int c = 0; c < L.ColumnWidths.Length; c++) s.Widths[c + 1] = L.ColumnWidths[c];
        s.Look(L.TableFirstRow, 1, Row(L.LastRow), L.Columns, _ => CellLook.Table);

        s.Heights[L.TitleRow] = 27;
        s.Heights[11] = 60;
        for (int r = L.TotalRow + 1; r <= L.LastRow; r++) s.Heights[Row(r)] = 45;

        var placed = new List<(LayoutCell Cell, int Top, int Bottom)>();
        foreach (var cell in L.Cells)
        {
            bool inside = cell.Row >= first && cell.LastRow <= last;
            if (inside && !blank) continue; // placeholder rows: the form's indicators replace them
            int top = Row(cell.Row);
            // A label reaching into the indicator area from above (绩效指标) stretches over the form's rows.
            int bottom = !blank && cell.Row < first && cell.LastRow >= first && cell.LastRow <= last ? first + n - 1 : Row(cell.LastRow);
            s.Merge(top, cell.Col, bottom, cell.LastCol);
            if (cell.Text.Length > 0)
            {
                if (decimal.TryParse(cell.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) s.SetNumber(top, cell.Col, number);
                else s.SetText(top, cell.Col, cell.Text);
            }
            if (IsFreeText(cell)) s.Look(top, cell.Col, bottom, cell.LastCol, l => l with { Align = Align.Left });
            placed.Add((cell, top, bottom));
        }
        s.Look(L.TitleRow, 1, L.TitleRow, 1, l => l with { Bold = true, Size = 16, Align = Align.Center });
        s.Look(L.YearRow, 1, L.YearRow, 1, l => l with { Align = Align.Left });
        foreach (var (cell, top, _) in placed) s.Fit(top, cell.Col, cell.Text);

        s.PrintArea = (Row(L.LastRow), L.Columns);
        s.RepeatRows = L.TableFirstRow;
        return s;
    }

    /// <summary>Cells people fill with sentences read better left-aligned.</summary>
    static bool IsFreeText(LayoutCell cell) => cell.Name is { } n &&
        (n == N.GoalExpected || n == N.GoalActual || n == N.Year || N.Analysis.Contains(n));

    public void Number(Pos at, decimal value) => _s.SetNumber(at.Row, at.Col, value);

    public void Text(Pos at, string text) => _s.SetText(at.Row, at.Col, text);

    public void Formula(Pos at, string formula, decimal? cached, bool percent = false)
    {
        _s.SetFormula(at.Row, at.Col, formula, cached);
        if (percent) _s.Look(at.Row, at.Col, at.Row, at.Col, l => l with { Percent = true });
    }

    public void Mark(Pos at, string comment)
    {
        _s.Look(at.Row, at.Col, at.Row, at.Col, l => l with { Fill = Fill.Changed });
        _s.Comment(at.Row, at.Col, comment);
    }

    public void Merge(Pos first, Pos last) => _s.Merge(first.Row, first.Col, last.Row, last.Col);

    public void Fit(Pos at, string text) => _s.Fit(at.Row, at.Col, text);

    public void HelperColumn(int col, int firstRow, int lastRow, string? header, string note)
    {
        _s.Look(firstRow, col, lastRow, col, l => l with { Tint = Tint.Gray });
        if (header is null) return;
        _s.Widths[col] = SheetStyle.HelperColumnWidth;
        _s.SetText(firstRow - 1, col, header);
        _s.Look(firstRow - 1, col, firstRow - 1, col, l => l with { Tint = Tint.Gray, Wrap = true, Align = Align.Center, Middle = true });
        _s.Comment(firstRow - 1, col, note);
    }

    public void PrintArea(int lastRow, int lastCol) => _s.PrintArea = (lastRow, lastCol);
}
