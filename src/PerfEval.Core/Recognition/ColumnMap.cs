using PerfEval.Grid;
using PerfEval.Model;

namespace PerfEval.Recognition;

/// <summary>
/// A block's header read by meaning: each header cell's role (from the role
/// table in Labels) and its grid column. A row is a block's header when it
/// shows several of the block's roles, one of them distinctive (a budget or
/// executed column; a 一/二/三级 column); a heading cell of the block in the
/// same row (项目资金（万元）, 绩效指标（90分）) lowers the count needed.
/// A header may be split over two rows (a merged 指标值 over 数值 | 单位, a
/// 预算数 over 年初 | 调整后): each lower cell then has the role of its own
/// label, or else of the combined meaning of the cell above and its own.
/// </summary>
internal sealed class ColumnMap
{
    readonly Dictionary<ColumnRole, List<int>> _cols = new();
    readonly List<int> _infoCols = new();

    ColumnMap(FormBlock block, CellRef headerRef)
    {
        Block = block;
        HeaderRef = headerRef;
    }

    public FormBlock Block { get; }
    /// <summary>The first header cell with a role: where findings about the block as a whole point.</summary>
    public CellRef HeaderRef { get; }
    public List<ColumnInfo> Columns { get; } = new();
    public List<UnreadLabel> Unread { get; } = new();
    /// <summary>The header took two rows (the row above a sub-header row).</summary>
    public bool TwoRows { get; private init; }

    /// <summary>The grid column of the first header with this role, or -1.</summary>
    public int this[ColumnRole role] => _cols.TryGetValue(role, out var l) ? l[0] : -1;

    /// <summary>Every column with this role, left to right (two reason columns, for one).</summary>
    public IReadOnlyList<int> All(ColumnRole role) => _cols.TryGetValue(role, out var l) ? l : Array.Empty<int>();

    public bool Has(ColumnRole role) => _cols.ContainsKey(role);

    /// <summary>One header cell as read: its grid column, the label's core, a combined core to fall back on (two-row headers), its text and cell.</summary>
    readonly record struct HeaderCell(int Col, string Core, string? Combined, string Label, CellRef Ref);

    /// <summary>The row as a header of the block its roles were seen in (Scan), or null when it is not one.</summary>
    public static ColumnMap? TryRead(GridRow row, string[] cores, RowRoles roles)
    {
        var cells = row.Cells;
        var block = roles.Block;
        // Most rows are not headers: decide on the cores alone before anything is allocated.
        if (!roles.LooksLikeHeader) return null;
        var header = new List<HeaderCell>(cells.Count);
        for (int i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            if (c.IsHorizontalCopy || c.IsVerticalCopy || cores[i].Length == 0) continue;
            header.Add(new HeaderCell(i, cores[i], null, Display(c), c.Ref));
        }
        return Build(header, block, twoRows: false);
    }

    /// <summary>
    /// What a row's cells mean in one block, looked up once per row and block: the roles shown, whether
    /// one is distinctive, whether a cell is the block's heading or any block's heading.
    /// </summary>
    public readonly record struct RowRoles(FormBlock Block, uint Seen, int Count, bool Distinctive, bool Heading, bool AnyHeading)
    {
        public bool Has(ColumnRole role) => (Seen & (1u << (int)role)) != 0;

        /// <summary>Several of the block's roles, one distinctive (a heading lowers the count); an indicator header shows a score.</summary>
        public bool LooksLikeHeader => Distinctive && Count >= (Heading ? 2 : 3) && (Block != FormBlock.Indicators || Has(ColumnRole.Score));
    }

    public static RowRoles Scan(IReadOnlyList<GridCell> cells, string[] cores, FormBlock block)
    {
        int count = 0;
        bool distinctive = false, heading = false, anyHeading = false;
        uint seen = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i].IsHorizontalCopy || cells[i].IsVerticalCopy || cores[i].Length == 0) continue;
            var opens = Labels.HeadingOf(cores[i]);
            anyHeading |= opens is not null;
            if (opens == block) { heading = true; continue; }
            if (Labels.RoleOf(cores[i], block) is not { } role) continue;
            uint bit = 1u << (int)role;
            if ((seen & bit) == 0) { seen |= bit; count++; }
            distinctive |= Labels.IsDistinctive(role, block);
        }
        return new RowRoles(block, seen, count, distinctive, heading, anyHeading);
    }

    /// <summary>
    /// The lower row holds only the sub-labels of merged cells above it
    /// (指标值 over 数值 | 单位): no numbers, every label under a merged,
    /// labelled cell of the upper row, at least one such cell split in two.
    /// </summary>
    public static bool IsSubHeader(GridRow upper, string[] upperCores, GridRow lower, string[] lowerCores)
    {
        var up = upper.Cells;
        var low = lower.Cells;
        if (low.Count != up.Count) return false;
        int labels = 0;
        bool split = false;
        for (int i = 0; i < low.Count; i++)
        {
            var c = low[i];
            if (c.IsVerticalCopy || c.IsHorizontalCopy || lowerCores[i].Length == 0) continue;
            // Under a merged upper cell with a label (a vertical heading above is no parent).
            var parent = up[i];
            if (upperCores[i].Length == 0 || parent.IsVerticalCopy || !SpansSeveral(up, i)) return false;
            if (lowerCores[i].Length > Labels.MaxHeaderLength || FormBuilder.Number(c).HasValue) return false;
            labels++;
            if (i + 1 < low.Count && up[i + 1].Origin == parent.Origin && low[i + 1].Origin != c.Origin
                && lowerCores[i + 1].Length > 0) split = true;
        }
        return split && labels >= 2;
    }

    static bool SpansSeveral(IReadOnlyList<GridCell> row, int i) =>
        (i > 0 && row[i - 1].Origin == row[i].Origin) || (i + 1 < row.Count && row[i + 1].Origin == row[i].Origin);

    /// <summary>A header split over two rows (IsSubHeader), read as one: each lower cell by its own label, or by the combined meaning of the cell above and its own.</summary>
    public static ColumnMap? TryReadTwoRows(GridRow upper, string[] upperCores, GridRow lower, string[] lowerCores, FormBlock block)
    {
        var up = upper.Cells;
        var low = lower.Cells;
        var header = new List<HeaderCell>(low.Count);
        for (int i = 0; i < low.Count; i++)
        {
            var l = low[i];
            var u = up[i];
            bool underParent = !l.IsVerticalCopy && lowerCores[i].Length > 0;
            if (!underParent)
            {
                // The upper cell spans both rows (or its lower part is blank): the upper label is the column's.
                if (u.IsHorizontalCopy || u.IsVerticalCopy || upperCores[i].Length == 0) continue;
                header.Add(new HeaderCell(i, upperCores[i], null, Display(u), u.Ref));
                continue;
            }
            if (l.IsHorizontalCopy) continue;
            // A block heading above (预算执行情况（10分）) adds no meaning to its sub-columns.
            var parentCore = Labels.HeadingOf(upperCores[i]) is null ? upperCores[i] : "";
            var label = parentCore.Length == 0 ? Display(l) : Display(u) + "/" + Display(l);
            header.Add(new HeaderCell(i, lowerCores[i], parentCore + lowerCores[i], label, l.Ref));
        }
        // A heading cell of the block in the upper row counts as in a one-row header.
        for (int i = 0; i < up.Count; i++)
            if (!up[i].IsHorizontalCopy && !up[i].IsVerticalCopy && Labels.HeadingOf(upperCores[i]) == block && !header.Any(h => h.Col == i))
                header.Insert(0, new HeaderCell(i, upperCores[i], null, Display(up[i]), up[i].Ref));
        return Build(header, block, twoRows: true);
    }

    static string Display(GridCell c) => TextNorm.Clean(TextNorm.OneLine(c.Text));

    static ColumnRole? RoleOf(HeaderCell h, FormBlock block) =>
        Labels.RoleOf(h.Core, block) ?? (h.Combined is { } both ? Labels.RoleOf(both, block) : null);

    static ColumnMap? Build(List<HeaderCell> header, FormBlock block, bool twoRows)
    {
        int roles = 0;
        bool distinctive = false, heading = false, score = false;
        uint seen = 0;
        var roleOf = new ColumnRole?[header.Count];
        int first = -1;
        for (int k = 0; k < header.Count; k++)
        {
            var h = header[k];
            if (Labels.HeadingOf(h.Core) == block && h.Combined is null) { heading = true; continue; }
            if (RoleOf(h, block) is not { } role) continue;
            roleOf[k] = role;
            if (first < 0) first = k;
            uint bit = 1u << (int)role;
            if ((seen & bit) == 0) { seen |= bit; roles++; }
            distinctive |= Labels.IsDistinctive(role, block);
            score |= role == ColumnRole.Score;
        }
        if (!distinctive || roles < (heading ? 2 : 3)) return null;
        if (block == FormBlock.Indicators && !score) return null;

        var map = new ColumnMap(block, header[first].Ref) { TwoRows = twoRows };
        for (int k = 0; k < header.Count; k++)
        {
            var h = header[k];
            if (roleOf[k] is not { } role)
            {
                if (Labels.HeadingOf(h.Core) is null) map.Unread.Add(new UnreadLabel(block, h.Label, h.Ref));
                continue;
            }
            if (!map._cols.TryGetValue(role, out var list)) map._cols[role] = list = new List<int>();
            // A merged header covers several grid columns; its values sit in the first.
            list.Add(h.Col);
            map.Columns.Add(new ColumnInfo(block, role, h.Label, h.Ref));
            map._infoCols.Add(h.Col);
        }
        return map;
    }

    /// <summary>
    /// The column holding the funding rows' labels is not a value column,
    /// whatever its header says (四川: 年度预算数（万元） above 总额, 其中：财政资金…):
    /// its roles are dropped and it reads as the column of row labels.
    /// </summary>
    public void LabelColumn(GridRow row, CellRef labelOrigin)
    {
        bool IsLabel(int j) => j < row.Cells.Count && row.Cells[j].Origin == labelOrigin;
        foreach (var role in _cols.Keys.ToList())
        {
            var list = _cols[role];
            list.RemoveAll(IsLabel);
            if (list.Count == 0) _cols.Remove(role);
        }
        for (int k = 0; k < Columns.Count; k++)
            if (IsLabel(_infoCols[k]) && Columns[k].Role != ColumnRole.Remark) Columns[k] = Columns[k] with { Role = ColumnRole.Remark };
    }
}
