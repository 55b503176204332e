using PerfEval.Grid;
using PerfEval.Model;

namespace PerfEval.Recognition;

/// <summary>
/// A block's header row read by meaning: each header cell's role (from the
/// role table in Labels) and its grid column. A row is a block's header when
/// it shows several of the block's roles, one of them distinctive (a budget or
/// executed column; a 一/二/三级 column); a heading cell of the block in the
/// same row (项目资金（万元）, 绩效指标（90分）) lowers the count needed.
/// </summary>
internal sealed class ColumnMap
{
    readonly Dictionary<ColumnRole, List<int>> _cols = new();

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

    /// <summary>The grid column of the first header with this role, or -1.</summary>
    public int this[ColumnRole role] => _cols.TryGetValue(role, out var l) ? l[0] : -1;

    /// <summary>Every column with this role, left to right (two reason columns, for one).</summary>
    public IReadOnlyList<int> All(ColumnRole role) => _cols.TryGetValue(role, out var l) ? l : Array.Empty<int>();

    public bool Has(ColumnRole role) => _cols.ContainsKey(role);

    /// <summary>The row as a header of the block, or null when it is not one.</summary>
    public static ColumnMap? TryRead(GridRow row, string[] cores, FormBlock block)
    {
        var cells = row.Cells;
        // The roles of the row's cells; most rows are not headers, so nothing is allocated until one proves to be.
        Span<int> roleAt = cells.Count <= 256 ? stackalloc int[cells.Count] : new int[cells.Count];
        int roles = 0, firstRole = -1;
        bool distinctive = false, heading = false;
        uint seen = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            roleAt[i] = -1;
            if (cells[i].IsHorizontalCopy || cells[i].IsVerticalCopy || cores[i].Length == 0) continue;
            if (Labels.HeadingOf(cores[i]) == block) { heading = true; continue; }
            if (Labels.RoleOf(cores[i], block) is not { } role) continue;
            roleAt[i] = (int)role;
            if (firstRole < 0) firstRole = i;
            uint bit = 1u << (int)role;
            if ((seen & bit) == 0) { seen |= bit; roles++; }
            distinctive |= Labels.IsDistinctive(role, block);
        }
        if (!distinctive || roles < (heading ? 2 : 3)) return null;
        if (block == FormBlock.Indicators && (seen & (1u << (int)ColumnRole.Score)) == 0) return null;

        var map = new ColumnMap(block, cells[firstRole].Ref);
        for (int i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            if (c.IsHorizontalCopy || c.IsVerticalCopy || cores[i].Length == 0) continue;
            var label = TextNorm.Clean(TextNorm.OneLine(c.Text));
            if (roleAt[i] < 0)
            {
                if (Labels.HeadingOf(cores[i]) is null) map.Unread.Add(new UnreadLabel(block, label, c.Ref));
                continue;
            }
            var role = (ColumnRole)roleAt[i];
            if (!map._cols.TryGetValue(role, out var list)) map._cols[role] = list = new List<int>();
            // A merged header covers several grid columns; its values sit in the first.
            list.Add(i);
            map.Columns.Add(new ColumnInfo(block, role, label, c.Ref));
        }
        return map;
    }
}
