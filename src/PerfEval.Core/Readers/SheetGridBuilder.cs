using PerfEval.Grid;

namespace PerfEval.Readers;

/// <summary>
/// One worksheet's values and merged ranges as a reader finds them, and the
/// grid made of them: A1 to the last row and column holding a value or a
/// merge, merged ranges copying their top-left cell. Shared by the .xlsx and
/// the .xls reader, so both make the same grid under the same limits and
/// charge the file's work budget the same way: a value as it is stored, a
/// merge as it is read, the grid's positions before it is allocated, and
/// each merged copy of a text as it is laid down.
/// </summary>
internal sealed class SheetGridBuilder
{
    public sealed record Value(string Text, decimal? Number, bool Percent, bool Formula);

    readonly string name;
    readonly int position;
    readonly string label;
    readonly ReaderLimits limits;
    readonly WorkBudget budget;
    readonly Dictionary<long, Value> values = new();
    readonly List<(int Row1, int Col1, int Row2, int Col2)> merges = new();
    int lastRow, lastCol;

    public SheetGridBuilder(string name, int position, ReaderLimits limits, WorkBudget budget)
    {
        this.name = name;
        this.position = position;
        this.limits = limits;
        this.budget = budget;
        label = $"工作表“{name}”";
    }

    /// <summary>How the sheet is named in messages: 工作表“名称”.</summary>
    public string Label => label;

    static long Key(int row, int col) => ((long)row << 16) | (uint)col;

    /// <summary>The value of a cell (1-based row and column); a later value for the same cell replaces the earlier.</summary>
    public void Set(int row, int col, Value value)
    {
        budget.Text(value.Text.Length); // as read: a million cells showing one long shared string stop here, early
        values[Key(row, col)] = value;
        if (values.Count > limits.MaxCellsPerGrid)
            throw ReadErrors.TooManyCells(label, limits.MaxCellsPerGrid);
        budget.Pending(values.Count);
        Extend(row, col);
    }

    /// <summary>A merged range (1-based corners, in either order); a single cell is no merge.</summary>
    public void Merge(int r1, int c1, int r2, int c2)
    {
        if (r1 > r2)
            (r1, r2) = (r2, r1);
        if (c1 > c2)
            (c1, c2) = (c2, c1);
        if (r1 < 1 || c1 < 1 || (r1 == r2 && c1 == c2))
            return;
        budget.Merge((long)(r2 - r1 + 1) * (c2 - c1 + 1));
        merges.Add((r1, c1, r2, c2));
        Extend(r2, c2);
    }

    void Extend(int row, int col)
    {
        lastRow = Math.Max(lastRow, row);
        lastCol = Math.Max(lastCol, col);
    }

    public CellGrid ToGrid()
    {
        if ((long)lastRow * lastCol > limits.MaxCellsPerGrid)
            throw ReadErrors.TooManyCells(label, limits.MaxCellsPerGrid);

        budget.Grid(label, (long)lastRow * lastCol);

        // Each covered position points at its merge's top-left; later merges win on (invalid) overlaps.
        // A flat array: the work is the merged area, which the budget bounds, and no hashing per cell.
        int[]? covered = merges.Count == 0 ? null : new int[lastRow * lastCol];
        foreach (var (r1, c1, r2, c2) in merges)
        {
            int top = (r1 - 1) * lastCol + (c1 - 1) + 1;
            int before = covered![top - 1]; // a merge's own top-left keeps what an earlier merge gave it
            for (int row = r1; row <= r2; row++)
                covered.AsSpan((row - 1) * lastCol + c1 - 1, c2 - c1 + 1).Fill(top);
            covered[top - 1] = before;
        }

        var rows = new List<GridRow>(lastRow);
        for (int row = 1; row <= lastRow; row++)
        {
            var cells = new GridCell[lastCol];
            for (int col = 1; col <= lastCol; col++)
            {
                var at = new CellRef(position, row, col, name);
                var origin = at;
                long key = Key(row, col);
                if (covered is not null && covered[(row - 1) * lastCol + col - 1] is > 0 and var top)
                {
                    int topRow = (top - 1) / lastCol + 1, topCol = (top - 1) % lastCol + 1;
                    origin = new CellRef(position, topRow, topCol, name);
                    key = Key(topRow, topCol);
                }
                values.TryGetValue(key, out var v);
                if (v is not null && !ReferenceEquals(origin, at))
                    budget.Text(v.Text.Length); // a merged copy; the cell itself was charged when read
                cells[col - 1] = new GridCell
                {
                    Text = v?.Text ?? "",
                    Ref = at,
                    Origin = origin,
                    Number = v?.Number,
                    IsPercentFormat = v?.Percent ?? false,
                    IsFormula = v?.Formula ?? false,
                };
            }
            rows.Add(new GridRow(row, cells));
        }
        return new CellGrid(name, rows, Array.Empty<string>(), name, position);
    }
}
