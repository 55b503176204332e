using System.Globalization;
using System.Xml.Linq;

namespace PerfEval.Writers.Docx;

/// <summary>
/// Maps the Word reader's cell addresses back to w:tc elements. It walks the
/// body the way WordDocumentParser does (top-level tables numbered in document
/// order, nested ones named 表N-k, tracked row deletions skipped, gridBefore
/// and gridSpan counted), so a finding's CellRef finds the cell it was read from.
/// </summary>
internal sealed class DocxTables
{
    /// <summary>One grid position: the w:tc the reader took its text from (the merge origin) and the w:tc that sits there.</summary>
    readonly record struct Slot(XElement? Origin, XElement Own);

    readonly WordNames n;
    readonly Dictionary<string, List<Slot?[]>> grids = new(StringComparer.Ordinal);
    int tableNumber;
    int nestedCount;

    DocxTables(WordNames names) => n = names;

    public static DocxTables Read(XElement document, WordNames names)
    {
        var map = new DocxTables(names);
        foreach (var body in document.Elements().Where(e => names.Is(e, "body")))
            map.Blocks(body, inCell: false);
        return map;
    }

    /// <summary>The w:tc shown at a position of a grid (表3, 表1-2); a merged position gives the cell that starts the merge.</summary>
    public XElement? Find(string grid, int row, int col)
    {
        if (!grids.TryGetValue(grid, out var rows) || row < 1 || row > rows.Count) return null;
        var cells = rows[row - 1];
        if (col < 1 || col > cells.Length || cells[col - 1] is not { } slot) return null;
        return slot.Origin ?? slot.Own;
    }

    void Blocks(XElement container, bool inCell)
    {
        foreach (var child in container.Elements())
        {
            if (n.Is(child, "tbl"))
            {
                if (inCell) Nested(child);
                else Top(child);
            }
            else if (n.IsWrapper(child))
                Blocks(child, inCell);
        }
    }

    void Top(XElement tbl)
    {
        int number = ++tableNumber;
        nestedCount = 0;
        Table(tbl, "表" + number.ToString(CultureInfo.InvariantCulture));
    }

    void Nested(XElement tbl)
    {
        // Named before its rows are read, so tables nested deeper come after it, as in the reader.
        Table(tbl, $"表{tableNumber}-{++nestedCount}");
    }

    sealed class Row
    {
        public int Before;
        public int After;
        public bool Deleted;
        public readonly List<(XElement Tc, int Span, bool VContinue, bool HContinue)> Cells = new();
    }

    void Table(XElement tbl, string name)
    {
        var rows = new List<Row>();
        int gridColumns = 0;
        TableChildren(tbl, rows, ref gridColumns);
        grids[name] = Layout(rows.Where(r => !r.Deleted).ToList(), gridColumns);
    }

    void TableChildren(XElement parent, List<Row> rows, ref int gridColumns)
    {
        foreach (var child in parent.Elements())
        {
            if (n.Is(child, "tr"))
            {
                var row = new Row();
                RowChildren(child, row);
                rows.Add(row);
            }
            else if (n.Is(child, "tblGrid"))
                gridColumns = child.Elements().Count(e => n.Is(e, "gridCol"));
            else if (n.IsWrapper(child))
                TableChildren(child, rows, ref gridColumns);
        }
    }

    void RowChildren(XElement parent, Row row)
    {
        foreach (var child in parent.Elements())
        {
            if (n.Is(child, "tc"))
                row.Cells.Add(Cell(child));
            else if (n.Is(child, "trPr"))
            {
                foreach (var p in child.Elements())
                {
                    if (n.Is(p, "gridBefore")) row.Before = Int(p, 0);
                    else if (n.Is(p, "gridAfter")) row.After = Int(p, 0);
                    else if (n.Is(p, "del")) row.Deleted = true;
                }
            }
            else if (n.IsWrapper(child))
                RowChildren(child, row);
        }
    }

    (XElement, int, bool, bool) Cell(XElement tc)
    {
        int span = 1;
        bool vContinue = false, hContinue = false;
        foreach (var child in tc.Elements())
        {
            if (n.Is(child, "tcPr"))
            {
                foreach (var p in child.Elements())
                {
                    if (n.Is(p, "gridSpan")) span = Math.Max(1, Int(p, 1));
                    else if (n.Is(p, "vMerge")) vContinue = n.Val(p) != "restart";
                    else if (n.Is(p, "hMerge")) hContinue = n.Val(p) != "restart";
                }
            }
            else if (n.Is(child, "tbl"))
                Nested(child);
            else if (n.IsWrapper(child))
                Blocks(child, inCell: true);
        }
        return (tc, span, vContinue, hContinue);
    }

    int Int(XElement e, int fallback)
    {
        var s = n.Val(e);
        if (s is null || !int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v)) return fallback;
        return Math.Clamp(v, 0, 1_000_000);
    }

    static List<Slot?[]> Layout(List<Row> rows, int gridColumns)
    {
        long width = gridColumns;
        foreach (var row in rows)
            width = Math.Max(width, (long)row.Before + row.Cells.Sum(c => (long)c.Span) + row.After);
        // The reader refuses tables this large, so no finding can point into one.
        if (width * Math.Max(rows.Count, 1) > 1_000_000) return new List<Slot?[]>();

        var result = new List<Slot?[]>(rows.Count);
        Slot?[]? above = null;
        foreach (var row in rows)
        {
            var slots = new Slot?[width];
            int col = row.Before;
            foreach (var (tc, span, vContinue, hContinue) in row.Cells)
            {
                XElement? origin = tc;
                if (vContinue && above is not null && col < above.Length)
                    origin = above[col]?.Origin;
                else if (hContinue && col > 0 && col - 1 < slots.Length && slots[col - 1] is { } left)
                    origin = left.Origin;
                for (int j = 0; j < span && col + j < slots.Length; j++)
                    slots[col + j] = new Slot(origin, tc);
                col += span;
            }
            result.Add(slots);
            above = slots;
        }
        return result;
    }
}
