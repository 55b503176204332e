namespace PerfEval.Grid;

/// <summary>
/// One cell of a grid. A merged area (Word gridSpan/vMerge, an Excel merged
/// range) puts the same text in every position it covers; Origin points at
/// its top-left cell so callers can tell a copy from the original.
/// </summary>
public sealed class GridCell
{
    public required string Text { get; init; }
    public required CellRef Ref { get; init; }
    /// <summary>Top-left cell of the merged area this position belongs to (itself when not merged).</summary>
    public required CellRef Origin { get; init; }
    /// <summary>The numeric value a workbook stored (cached value for a formula); null in Word.</summary>
    public decimal? Number { get; init; }
    /// <summary>The workbook displays the number as a percentage (0.1545 shown as 15.45%).</summary>
    public bool IsPercentFormat { get; init; }
    public bool IsFormula { get; init; }
    /// <summary>The Word element this position was read from; null unless the reader was asked to locate cells.</summary>
    public CellSource? Source { get; init; }

    public bool IsOrigin => Origin.Row == Ref.Row && Origin.Col == Ref.Col;
    /// <summary>A copy made by a horizontal merge (same origin row, a column to the right).</summary>
    public bool IsHorizontalCopy => Origin.Row == Ref.Row && Origin.Col != Ref.Col;
    public bool IsVerticalCopy => Origin.Row != Ref.Row;

    /// <summary>The same cell as part of a merged area starting at origin.</summary>
    public GridCell WithOrigin(CellRef origin) => new()
    {
        Text = Text, Ref = Ref, Origin = origin,
        Number = Number, IsPercentFormat = IsPercentFormat, IsFormula = IsFormula, Source = Source,
    };

    public override string ToString() => $"{Ref}: {Text}";
}

public sealed class GridRow
{
    public GridRow(int number, IReadOnlyList<GridCell> cells)
    {
        Number = number;
        Cells = cells;
    }

    /// <summary>1-based row number in the source (table row or sheet row).</summary>
    public int Number { get; }
    /// <summary>One entry per grid column, left to right; merged areas repeat their text.</summary>
    public IReadOnlyList<GridCell> Cells { get; }

    /// <summary>The cells a person sees: one per merged area, blanks included.</summary>
    public IEnumerable<GridCell> Distinct => Cells.Where(c => !c.IsHorizontalCopy);
}

/// <summary>
/// A plain grid of cells read from one Word table or one worksheet, with the
/// free text that stood just above it (Word paragraphs before the table).
/// Readers produce grids; everything after them works on grids only.
/// </summary>
public sealed class CellGrid
{
    public CellGrid(string name, IReadOnlyList<GridRow> rows, IReadOnlyList<string> preamble, string? sheet = null, int table = 0)
    {
        Name = name;
        Rows = rows;
        Preamble = preamble;
        Sheet = sheet;
        Table = table;
    }

    /// <summary>表1, or the sheet name.</summary>
    public string Name { get; }
    public IReadOnlyList<GridRow> Rows { get; }
    /// <summary>Paragraph texts between the previous table (or the start) and this one.</summary>
    public IReadOnlyList<string> Preamble { get; }
    public string? Sheet { get; }
    public int Table { get; }
}

/// <summary>Everything a reader got out of one file.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string path, IReadOnlyList<CellGrid> grids)
    {
        Path = path;
        Grids = grids;
    }

    public string Path { get; }
    public IReadOnlyList<CellGrid> Grids { get; }
}
