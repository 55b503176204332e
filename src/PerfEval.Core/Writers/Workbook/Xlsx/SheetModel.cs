namespace PerfEval.Writers.Workbook.Xlsx;

internal enum CellKind { Empty, Number, Text, Formula }

/// <summary>One cell to write: its look and, unless empty, a number, a text or a formula with its cached value.</summary>
internal sealed class SheetCell
{
    public CellLook Look;
    public CellKind Kind;
    public decimal Number;
    /// <summary>The text of a text cell; the cached text of a formula whose value is text.</summary>
    public string? Text;
    public string? Formula;
    /// <summary>A formula's cached number; null when its cached value is <see cref="Text"/>.</summary>
    public decimal? Cached;
}

/// <summary>
/// One worksheet held as the few hundred cells it has, with its merges,
/// sizes, comments, links and page setup, until <see cref="SheetXml"/>
/// streams it into the package. Nothing here knows what a form is.
/// </summary>
internal sealed class SheetModel
{
    public const double DefaultRowHeight = 15;

    readonly Dictionary<(int Row, int Col), SheetCell> _cells = new();

    public SheetModel(string name) => Name = name;

    public string Name { get; }
    public IReadOnlyDictionary<(int Row, int Col), SheetCell> Cells => _cells;
    public List<(int Top, int Left, int Bottom, int Right)> Merges { get; } = new();
    public SortedDictionary<int, double> Widths { get; } = new();
    public Dictionary<int, double> Heights { get; } = new();
    public List<(int Row, int Col, string Text)> Comments { get; } = new();
    public List<(int Row, int Col, string Location)> Links { get; } = new();
    /// <summary>Last row and column of the print area (from A1); null: none.</summary>
    public (int Row, int Col)? PrintArea { get; set; }
    /// <summary>Rows 1..N printed on every page.</summary>
    public int RepeatRows { get; set; }
    public int FrozenRows { get; set; }
    public (int LastRow, int LastCol)? AutoFilter { get; set; }
    public bool Selected { get; set; }

    public SheetCell At(int row, int col)
    {
        if (!_cells.TryGetValue((row, col), out var cell)) _cells[(row, col)] = cell = new SheetCell();
        return cell;
    }

    public bool TryGet(int row, int col, out SheetCell cell) => _cells.TryGetValue((row, col), out cell!);

    public void Look(int top, int left, int bottom, int right, Func<CellLook, CellLook> change)
    {
        for (int r = top; r <= bottom; r++)
            for (int c = left; c <= right; c++)
            {
                var cell = At(r, c);
                cell.Look = change(cell.Look);
            }
    }

    public void SetNumber(int row, int col, decimal value)
    {
        var c = At(row, col);
        c.Kind = CellKind.Number;
        c.Number = value;
        c.Text = c.Formula = null;
        c.Cached = null;
    }

    /// <summary>Text stays text (never a number or a formula); an empty text leaves the cell blank.</summary>
    public void SetText(int row, int col, string text)
    {
        var c = At(row, col);
        c.Kind = text.Length == 0 ? CellKind.Empty : CellKind.Text;
        c.Text = text.Length == 0 ? null : XmlText.Cell(text);
        c.Formula = null;
        c.Cached = null;
    }

    public void SetFormula(int row, int col, string formula, decimal? cached, string cachedText = "")
    {
        var c = At(row, col);
        c.Kind = CellKind.Formula;
        c.Formula = formula;
        c.Cached = cached;
        c.Text = cached is null ? XmlText.Cell(cachedText) : null;
    }

    public void Merge(int top, int left, int bottom, int right)
    {
        if (top == bottom && left == right) return;
        Merges.Add((top, left, bottom, right));
    }

    /// <summary>The rows and columns the merged area at this cell covers (1 × 1 when it is not merged).</summary>
    public (int Rows, int Cols) Span(int row, int col)
    {
        foreach (var (t, l, b, r) in Merges)
            if (row >= t && row <= b && col >= l && col <= r) return (b - t + 1, r - l + 1);
        return (1, 1);
    }

    public double Width(int col, int cols)
    {
        double w = 0;
        for (int c = col; c < col + cols; c++) w += Widths.TryGetValue(c, out var x) ? x : SheetStyle.DefaultColumnWidth;
        return w;
    }

    /// <summary>Raises the rows under a wrapped text to fit it (a merged area shares the height out).</summary>
    public void Fit(int row, int col, string text)
    {
        if (text.Length == 0) return;
        var (rows, cols) = Span(row, col);
        var h = SheetStyle.Height(SheetStyle.Lines(text, Width(col, cols))) / rows;
        for (int r = row; r < row + rows; r++)
        {
            var current = Heights.TryGetValue(r, out var x) ? x : DefaultRowHeight;
            if (h > current) Heights[r] = Math.Round(h, 1);
        }
    }

    public void Comment(int row, int col, string text) => Comments.Add((row, col, XmlText.Clean(text)));

    public void Link(int row, int col, string location) => Links.Add((row, col, XmlText.Clean(location)));
}
