using PerfEval.Grid;

namespace PerfEval.Readers.Legacy;

/// <summary>
/// Turns the main text of a .doc, paragraph by paragraph, into the grids
/// the .docx reader makes: top-level tables as 表N with the paragraphs above
/// them as preamble, nested tables as 表N-k right after their parent. In a
/// .doc a cell ends with a cell mark (\x07; at depth 2 and below a paragraph
/// flagged inner-cell), a row with a row-end mark that carries the row's
/// cell boundaries and merge flags. Grid columns are the union of all rows'
/// boundaries, as Word and LibreOffice lay the table out; the merges are
/// then resolved by the same code as for .docx.
/// </summary>
internal sealed class DocTables
{
    const char CellMark = '\x07', ParagraphMark = '\r';
    const char FieldBegin = '\x13', FieldSeparator = '\x14', FieldEnd = '\x15';

    sealed class OpenTable
    {
        public required string Name { get; init; }
        public required int Slot { get; init; }
        public List<(List<DocCell> Cells, RowProps? Props, bool Deleted)> Rows { get; } = new();
        public List<DocCell> Cells { get; set; } = new();
        public DocCell? Cell { get; set; }
        public int CellCount { get; set; }
    }

    sealed class DocCell
    {
        public DocCell(int cap) => Text = new CellText(cap);
        public CellText Text { get; }
        public int Paragraphs { get; set; }
    }

    readonly DocPieces pieces;
    readonly DocProperties props;
    readonly ReaderLimits limits;
    // The per-file work budget the .docx reader charges, so a .doc can cost no more (issue 13).
    readonly WorkBudget budget;
    readonly List<CellGrid> grids = new();
    readonly List<OpenTable> open = new();
    List<CellGrid?> nested = new();
    List<string> preamble = new();
    int tableNumber, nestedCount;
    // One entry per open field: false while in its code, true once past the separator.
    readonly List<bool> fields = new();
    int codeDepth;

    DocTables(DocPieces pieces, DocProperties props, ReaderLimits limits)
    {
        this.pieces = pieces;
        this.props = props;
        this.limits = limits;
        budget = new WorkBudget(limits);
    }

    public static List<CellGrid> Build(DocPieces pieces, DocProperties props, ReaderLimits limits)
    {
        var t = new DocTables(pieces, props, limits);
        t.Run();
        return t.grids;
    }

    void Run()
    {
        var text = pieces.Text;
        var paragraph = new CellText(limits.MaxCellChars);
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != ParagraphMark && c != CellMark)
                continue;
            var p = Props(i);
            Paragraph(start, i, c, p, paragraph);
            start = i + 1;
        }
        // Text after the last mark (a damaged file) is a paragraph of its own.
        if (start < text.Length)
            Paragraph(start, text.Length, ParagraphMark, ParaProps.Plain, paragraph);
        CloseTo(0);
    }

    ParaProps Props(int cp)
    {
        var p = props.Paragraph(pieces.Fc[cp]);
        return pieces.PieceSprms[cp] is { } extra ? ParaProps.Parse(extra, p) : p;
    }

    void Paragraph(int start, int end, char mark, ParaProps p, CellText sink)
    {
        int depth = Math.Min(p.Depth, 64);
        bool rowEnd = depth == 1 ? mark == CellMark && p.Ttp : depth > 1 && p.InnerTtp;
        bool cellEnd = !rowEnd && (depth == 1 ? mark == CellMark : depth > 1 && p.InnerCell);
        if (depth < open.Count || (depth == open.Count && depth > 0 && rowEnd && open[^1].Cell is not null))
            CloseTo(depth);
        while (open.Count < depth)
            Open();
        if (depth == 0)
        {
            sink.Clear();
            Inline(start, end, sink);
            var s = sink.ToString();
            if (s.Length > 0)
            {
                budget.Text(s.Length);
                preamble.Add(s);
            }
            return;
        }
        var table = open[^1];
        if (rowEnd)
        {
            bool deleted = props.IsDeleted(pieces.Fc[end]);
            table.Rows.Add((table.Cells, p.Row, deleted));
            table.Cells = new List<DocCell>();
            table.Cell = null;
            return;
        }
        if (table.Cell is null)
        {
            if (++table.CellCount > limits.MaxCellsPerGrid)
                throw ReadErrors.TooManyCells(table.Name, limits.MaxCellsPerGrid);
            budget.Pending(table.CellCount);
            table.Cell = new DocCell(limits.MaxCellChars);
            ResetFields();
        }
        var cell = table.Cell;
        if (cell.Paragraphs++ > 0)
            cell.Text.Append('\n');
        Inline(start, end, cell.Text);
        if (cellEnd)
        {
            table.Cells.Add(cell);
            table.Cell = null;
        }
    }

    void Open()
    {
        if (open.Count == 0)
        {
            int number = ++tableNumber;
            nestedCount = 0;
            nested = new List<CellGrid?>();
            ResetFields();
            open.Add(new OpenTable { Name = $"表{number}", Slot = -1 });
            return;
        }
        // The slot is taken on opening, so deeper tables land after this one (document order), as in .docx.
        nested.Add(null);
        open.Add(new OpenTable { Name = $"表{tableNumber}-{++nestedCount}", Slot = nested.Count - 1 });
    }

    void CloseTo(int depth)
    {
        while (open.Count > depth)
        {
            var table = open[^1];
            open.RemoveAt(open.Count - 1);
            // A row whose end mark never came (a damaged file) still shows its cells.
            if (table.Cell is not null)
                table.Cells.Add(table.Cell);
            if (table.Cells.Count > 0)
                table.Rows.Add((table.Cells, null, false));
            var grid = ToWordTable(table).ToGrid(table.Name, tableNumber, table.Slot < 0 ? preamble : Array.Empty<string>(), limits.MaxCellsPerGrid, budget);
            if (table.Slot >= 0)
            {
                nested[table.Slot] = grid;
                continue;
            }
            grids.Add(grid);
            preamble = new List<string>();
            foreach (var g in nested)
                if (g is not null)
                    grids.Add(g);
            ResetFields();
        }
    }

    /// <summary>Grid columns from the union of the rows' cell boundaries; spans, gaps and merge flags per cell.</summary>
    WordTable ToWordTable(OpenTable table)
    {
        var columns = new SortedSet<short>();
        foreach (var (cells, row, _) in table.Rows)
            if (row is not null && row.Boundaries.Length == cells.Count + 1 && IsAscending(row.Boundaries))
                columns.UnionWith(row.Boundaries);
        var edges = columns.ToList();
        var result = new WordTable { GridColumns = Math.Max(0, edges.Count - 1), CellCount = table.CellCount };
        foreach (var (cells, row, deleted) in table.Rows)
        {
            var wordRow = new WordRow { Deleted = deleted };
            bool laidOut = row is not null && row.Boundaries.Length == cells.Count + 1 && IsAscending(row.Boundaries);
            for (int i = 0; i < cells.Count; i++)
            {
                var cell = new WordCell(limits.MaxCellChars);
                cell.Text.Append(cells[i].Text.ToRaw());
                if (laidOut)
                {
                    int from = edges.BinarySearch(row!.Boundaries[i]), to = edges.BinarySearch(row.Boundaries[i + 1]);
                    if (i == 0)
                        wordRow.Before = from;
                    cell.Span = Math.Max(1, to - from);
                    if (i == cells.Count - 1)
                        wordRow.After = Math.Max(0, edges.Count - 1 - to);
                    cell.VMerge = row.VertMerge[i] switch { 1 => VerticalMerge.Continue, 3 => VerticalMerge.Restart, _ => VerticalMerge.None };
                    cell.HContinue = row.HorzMerge[i] >= 2;
                }
                wordRow.Cells.Add(cell);
            }
            result.Rows.Add(wordRow);
        }
        return result;
    }

    static bool IsAscending(short[] b)
    {
        for (int i = 1; i < b.Length; i++)
            if (b[i] < b[i - 1])
                return false;
        return true;
    }

    /// <summary>The visible text of a paragraph: field results kept, field codes and deleted revisions dropped.</summary>
    void Inline(int start, int end, CellText sink)
    {
        var text = pieces.Text;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (props.IsDeleted(pieces.Fc[i]))
                continue;
            switch (c)
            {
                case FieldBegin:
                    fields.Add(false);
                    codeDepth++;
                    continue;
                case FieldSeparator:
                    if (fields.Count > 0 && !fields[^1])
                    {
                        fields[^1] = true;
                        codeDepth--;
                    }
                    continue;
                case FieldEnd:
                    if (fields.Count > 0)
                    {
                        if (!fields[^1])
                            codeDepth--;
                        fields.RemoveAt(fields.Count - 1);
                    }
                    continue;
            }
            if (codeDepth > 0)
                continue;
            switch (c)
            {
                case '\t': sink.Append('\t'); break;
                case '\x0B' or '\x0C': sink.Append('\n'); break; // line break; page or section break
                case '\x1E': sink.Append('-'); break; // non-breaking hyphen
                case < ' ': break; // pictures, footnote and comment anchors, optional hyphens: not text
                default: sink.Append(c); break;
            }
        }
    }

    void ResetFields()
    {
        fields.Clear();
        codeDepth = 0;
    }
}
