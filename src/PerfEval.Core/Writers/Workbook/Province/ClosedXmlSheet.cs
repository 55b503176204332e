using ClosedXML.Excel;

namespace PerfEval.Writers.Workbook.Province;

/// <summary>
/// A copy of a province's template sheet, its indicator area resized to the
/// form, filled through ClosedXML. The template's own layout (styles,
/// merges, widths, page setup, whatever else it holds) is kept, which is
/// why this path copies the sheet rather than streaming a new one.
/// Formula values go to <see cref="CachedValues"/>, put into the package
/// after ClosedXML saves it.
/// </summary>
internal sealed class ClosedXmlSheet : IFormSheet
{
    static readonly XLColor ChangedFill = XLColor.FromHtml("#" + SheetStyle.ChangedFillRgb);

    readonly IXLWorksheet _ws;
    readonly CachedValues _cache;
    readonly List<(int Row, int Rows, double Width, string Text)> _texts = new();

    public ClosedXmlSheet(IXLWorksheet templateSheet, string name, FormTemplate t, int indicatorRows, CachedValues cache)
    {
        _ws = templateSheet.CopyTo(name);
        _cache = cache;
        Resize(t, indicatorRows);
    }

    public string Name => _ws.Name;

    /// <summary>
    /// Makes the indicator area exactly as many rows as the form has
    /// indicators. Merges that reach into the area from outside (the 绩效指标
    /// label) are stretched with it; merges inside it are redone per form.
    /// </summary>
    void Resize(FormTemplate t, int n)
    {
        int first = t.AreaFirst, last = t.AreaLast, delta = n - t.AreaRows;
        var spanning = new List<(int Top, int Left, int Bottom, int Right)>();
        foreach (var m in _ws.MergedRanges.ToList())
        {
            var a = m.RangeAddress;
            int top = a.FirstAddress.RowNumber, bottom = a.LastAddress.RowNumber;
            if (bottom < first || top > last) continue;
            m.Unmerge();
            if (top >= first && bottom <= last) continue;
            spanning.Add((Math.Min(top, first), a.FirstAddress.ColumnNumber,
                bottom > last ? bottom + delta : first + n - 1, a.LastAddress.ColumnNumber));
        }
        if (delta > 0) _ws.Row(first).InsertRowsBelow(delta);
        else if (delta < 0) _ws.Rows(first + n, last).Delete();
        foreach (var (top, left, bottom, right) in spanning) _ws.Range(top, left, bottom, right).Merge();

        var columns = TemplateNames.IndicatorColumns.Select(t.Find).Where(p => p is not null).Select(p => p!.Value.Col)
            .Append(t.TargetNumberCol).Append(t.ActualNumberCol).Distinct().ToList();
        for (int i = 0; i < n; i++)
            foreach (var c in columns)
                _ws.Cell(first + i, c).Clear(XLClearOptions.Contents);
    }

    IXLCell Cell(Pos p) => _ws.Cell(p.Row, p.Col);

    public void Number(Pos at, decimal value) => Cell(at).Value = value;

    public void Text(Pos at, string text)
    {
        var cell = Cell(at);
        if (text.Length == 0) cell.Clear(XLClearOptions.Contents);
        // SetValue, not Value: the Value setter would turn 100% or =1次 into a number or a formula.
        else cell.SetValue(Xlsx.XmlText.Cell(text));
    }

    public void Formula(Pos at, string formula, decimal? cached, bool percent = false)
    {
        var cell = Cell(at);
        cell.FormulaA1 = formula;
        if (percent) cell.Style.NumberFormat.NumberFormatId = 10; // 0.00%
        if (cached is { } v) _cache.Set(Name, at.A1, v);
        else _cache.SetText(Name, at.A1, "");
    }

    public void Mark(Pos at, string comment)
    {
        var cell = Cell(at);
        cell.Style.Fill.BackgroundColor = ChangedFill;
        cell.Comment.Author = Xlsx.PackageWriter.Author;
        cell.Comment.AddText(comment);
    }

    public void Merge(Pos first, Pos last) => _ws.Range(first.Row, first.Col, last.Row, last.Col).Merge();

    public void Fit(Pos at, string text)
    {
        if (text.Length == 0) return;
        var merged = Cell(at).MergedRange();
        int rows = merged?.RowCount() ?? 1, cols = merged?.ColumnCount() ?? 1;
        double width = 0;
        for (int c = at.Col; c < at.Col + cols; c++) width += _ws.Column(c).Width;
        _texts.Add((at.Row, rows, width, text));
    }

    public void HelperColumn(int col, int firstRow, int lastRow, string? header, string note)
    {
        _ws.Range(firstRow, col, lastRow, col).Style.Font.FontColor = XLColor.DimGray;
        if (header is null) return;
        _ws.Column(col).Width = SheetStyle.HelperColumnWidth;
        var cell = _ws.Cell(firstRow - 1, col);
        cell.SetValue(header);
        cell.Style.Font.FontColor = XLColor.DimGray;
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        cell.Comment.Author = Xlsx.PackageWriter.Author;
        cell.Comment.AddText(note);
    }

    public void PrintArea(int lastRow, int lastCol)
    {
        FitRows(_ws, _texts);
        _ws.PageSetup.PrintAreas.Clear();
        _ws.PageSetup.PrintAreas.Add(1, 1, lastRow, lastCol);
    }

    /// <summary>Raises each row's height to fit the wrapped text of the cells given (merged areas share their height).</summary>
    public static void FitRows(IXLWorksheet sheet, IEnumerable<(int Row, int Rows, double Width, string Text)> cells)
    {
        var need = new Dictionary<int, double>();
        foreach (var (row, rows, width, text) in cells)
        {
            if (text.Length == 0) continue;
            var h = SheetStyle.Height(SheetStyle.Lines(text, width)) / rows;
            for (int r = row; r < row + rows; r++)
                need[r] = Math.Max(need.GetValueOrDefault(r, SheetStyle.MinRowHeight), h);
        }
        foreach (var (r, h) in need)
            if (h > sheet.Row(r).Height) sheet.Row(r).Height = Math.Round(h, 1);
    }
}
