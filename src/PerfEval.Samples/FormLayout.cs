namespace PerfEval.Samples;

public enum VMerge { None, Restart, Continue }

/// <summary>How a spreadsheet should store a cell: as text, as a number, or as a rate (a fraction under a percent format when written with `%`).</summary>
public enum CellKind { Text, Number, Rate }

/// <summary>A cell placed on the 9-column grid; Column is 1-based.</summary>
public sealed record LaidCell(string Text, int Column, int Span, VMerge Merge, CellKind Kind);

public sealed record LaidRow(RowKind Kind, IReadOnlyList<LaidCell> Cells);

/// <summary>Places a form's rows on the 9-column grid of the original 附件1: spans, vertical merges, value kinds.</summary>
public static class FormLayout
{
    public const int Columns = 9;

    private sealed record Pattern(int[] Spans, int[] MergeDown, int[] Numbers, int Rate = 0);

    // Columns named here are 1-based grid columns of each cell's start.
    private static readonly Dictionary<RowKind, Pattern> Patterns = new()
    {
        [RowKind.ProjectName] = new([1, 8], [], []),
        [RowKind.Department] = new([1, 3, 2, 3], [], []),
        [RowKind.FundingHeader] = new([1, 2, 1, 1, 1, 1, 1, 1], [1], []),
        [RowKind.Funding] = new([1, 2, 1, 1, 1, 1, 1, 1], [1], [4, 5, 6, 7, 9], Rate: 8),
        [RowKind.GoalsHeader] = new([1, 4, 4], [1], []),
        [RowKind.Goals] = new([1, 4, 4], [1], []),
        [RowKind.IndicatorHeader] = new([1, 1, 1, 1, 1, 1, 1, 1, 1], [1], []),
        [RowKind.Indicator] = new([1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 2, 3], [7, 8]),
        [RowKind.Total] = new([6, 1, 1, 1], [], [7, 8]),
        [RowKind.Analysis] = new([1, 1, 2, 5], [1, 2], []),
        [RowKind.AnalysisItem] = new([1, 3, 5], [1], []),
    };

    /// <summary>The number of cells a row of this kind has in the seed layout, or 0 when any count goes.</summary>
    public static int CellCount(RowKind kind) => Patterns.TryGetValue(kind, out var p) ? p.Spans.Length : 0;

    public static IReadOnlyList<LaidRow> Lay(SeedForm form)
    {
        var kinds = RowLabels.Classify(form.Rows);
        var rows = new List<(RowKind Kind, List<LaidCell> Cells, HashSet<int> MergeDown)>();
        for (var i = 0; i < form.Rows.Count; i++)
        {
            var texts = form.Rows[i];
            Patterns.TryGetValue(kinds[i], out var pattern);
            if (pattern != null && pattern.Spans.Length != texts.Count)
                pattern = null;
            var spans = pattern?.Spans ?? FallbackSpans(texts.Count);
            var cells = new List<LaidCell>();
            var column = 1;
            for (var c = 0; c < texts.Count; c++)
            {
                var kind = pattern == null ? CellKind.Text
                    : column == pattern.Rate ? CellKind.Rate
                    : pattern.Numbers.Contains(column) ? CellKind.Number
                    : CellKind.Text;
                cells.Add(new LaidCell(texts[c], column, spans[c], VMerge.None, kind));
                column += spans[c];
            }
            rows.Add((pattern == null ? RowKind.Other : kinds[i], cells, new HashSet<int>(pattern?.MergeDown ?? [])));
        }
        ResolveMerges(rows);
        return rows.Select(r => new LaidRow(r.Kind, r.Cells)).ToList();
    }

    private static int[] FallbackSpans(int count)
    {
        if (count > Columns)
            throw new ArgumentException($"A row has {count} cells; the form has {Columns} columns.");
        var spans = Enumerable.Repeat(1, count).ToArray();
        if (count > 0)
            spans[^1] = Columns - count + 1;
        return spans;
    }

    // In a merge-down column a text starts a merge and an empty cell continues the one above, as Word's vMerge
    // does; a merge that nothing continues is no merge.
    private static void ResolveMerges(List<(RowKind Kind, List<LaidCell> Cells, HashSet<int> MergeDown)> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (!rows[r].MergeDown.Contains(cell.Column))
                    continue;
                if (cell.Text.Length > 0)
                    cells[c] = cell with { Merge = VMerge.Restart };
                else if (r > 0 && SameBlock(rows[r - 1].Kind, rows[r].Kind)
                         && rows[r - 1].Cells.Any(a => a.Column == cell.Column && a.Span == cell.Span && a.Merge != VMerge.None))
                    cells[c] = cell with { Merge = VMerge.Continue };
            }
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var continued = r + 1 < rows.Count
                    && rows[r + 1].Cells.Any(b => b.Column == cell.Column && b.Merge == VMerge.Continue);
                if (cell.Merge == VMerge.Restart && !continued)
                    cells[c] = cell with { Merge = VMerge.None };
            }
        }
    }

    private static bool SameBlock(RowKind above, RowKind below) => Block(above) == Block(below);

    private static RowKind Block(RowKind kind) => kind switch
    {
        RowKind.FundingHeader => RowKind.Funding,
        RowKind.GoalsHeader => RowKind.Goals,
        RowKind.IndicatorHeader => RowKind.Indicator,
        RowKind.AnalysisItem => RowKind.Analysis,
        _ => kind,
    };
}
