using PerfEval.Grid;

namespace PerfEval.Readers;

internal enum VerticalMerge { None, Restart, Continue }

/// <summary>A w:tc as read: its text and how it merges, before grid columns are assigned.</summary>
internal sealed class WordCell
{
    public WordCell(int cap) => Text = new CellText(cap);

    public CellText Text { get; }
    public int Paragraphs { get; set; }
    public int Span { get; set; } = 1;
    public VerticalMerge VMerge { get; set; }
    /// <summary>Legacy w:hMerge continuation: the cell belongs to the one on its left.</summary>
    public bool HContinue { get; set; }

    /// <summary>Where the w:tc starts, when the reader locates cells; null otherwise.</summary>
    public SourcePosition? Element { get; private set; }
    /// <summary>Which run each stretch of Text came from, when the reader locates cells.</summary>
    public List<TextPiece>? Pieces { get; private set; }

    List<SourcePosition>? paragraphs;

    public void Locate(SourcePosition element)
    {
        Element = element;
        Pieces = new List<TextPiece>();
        paragraphs = new List<SourcePosition>();
    }

    public void Paragraph(SourcePosition p) => paragraphs?.Add(p);

    public CellSource? Source() => Element is { } e ? new CellSource(e, paragraphs!, Text.ToRaw(), Pieces!) : null;
}

internal sealed class WordRow
{
    public int Before { get; set; }
    public int After { get; set; }
    /// <summary>A tracked row deletion: the printed table does not show it.</summary>
    public bool Deleted { get; set; }
    public List<WordCell> Cells { get; } = new();
}

/// <summary>A w:tbl as read, and its conversion to a grid with merges resolved.</summary>
internal sealed class WordTable
{
    public int GridColumns { get; set; }
    public List<WordRow> Rows { get; } = new();
    public int CellCount { get; set; }

    public CellGrid ToGrid(string name, int table, IReadOnlyList<string> preamble, int maxCells)
    {
        var rows = Rows.Where(r => !r.Deleted).ToList();
        long width = GridColumns;
        foreach (var row in rows)
            width = Math.Max(width, (long)row.Before + row.Cells.Sum(c => (long)c.Span) + row.After);
        if (width * rows.Count > maxCells)
            throw ReadErrors.TooManyCells(name, maxCells);

        var gridRows = new List<GridRow>(rows.Count);
        GridCell[]? above = null;
        for (int i = 0; i < rows.Count; i++)
        {
            int rowNo = i + 1;
            var cells = new GridCell?[width];
            int col = rows[i].Before;
            foreach (var cell in rows[i].Cells)
            {
                var (text, origin) = Resolve(cell, col, cells, above, new CellRef(table, rowNo, col + 1));
                var source = cell.Source();
                for (int j = 0; j < cell.Span; j++)
                    cells[col + j] = new GridCell { Text = text, Ref = new CellRef(table, rowNo, col + j + 1), Origin = origin, Source = source };
                col += cell.Span;
            }
            var filled = new GridCell[width];
            for (int c = 0; c < width; c++)
            {
                filled[c] = cells[c] ?? Empty(new CellRef(table, rowNo, c + 1));
            }
            gridRows.Add(new GridRow(rowNo, filled));
            above = filled;
        }
        return new CellGrid(name, gridRows, preamble, sheet: null, table: table);
    }

    static (string Text, CellRef Origin) Resolve(WordCell cell, int col, GridCell?[] row, GridCell[]? above, CellRef own)
    {
        // A continued cell shows the cell above across its whole span, so merges chain down row by row.
        if (cell.VMerge == VerticalMerge.Continue && above is not null && col < above.Length)
            return (above[col].Text, above[col].Origin);
        if (cell.HContinue && col > 0 && row[col - 1] is { } left)
            return (left.Text, left.Origin);
        return (cell.Text.ToString(), own);
    }

    static GridCell Empty(CellRef at) => new() { Text = "", Ref = at, Origin = at };
}
