using System.Globalization;

namespace PerfEval.Readers;

/// <summary>
/// The work one file may make the readers do, summed over all its tables
/// and sheets and charged as the work is produced (before a grid is
/// allocated): grid positions, cells covered by merged ranges, characters
/// (a merged copy or a shared string shown in many cells counts once per
/// cell, since everything after the reader handles each cell) and grids.
/// The per-grid limits alone let a small file make a hundred grids of a
/// million cells each. Past any bound the file is refused (PE001); see
/// docs/security.md for the numbers.
/// </summary>
internal sealed class WorkBudget
{
    readonly ReaderLimits limits;
    long cells, mergeArea, chars, walked;
    int grids;

    public WorkBudget(ReaderLimits limits) => this.limits = limits;

    public long Cells => cells;
    public long Chars => chars;

    /// <summary>A grid of rows × columns positions is about to be built.</summary>
    public void Grid(string name, long positions)
    {
        if (++grids > limits.MaxGridsPerFile)
            throw Refuse($"表格或工作表超过 {N(limits.MaxGridsPerFile)} 个");
        cells += positions;
        if (positions < 0 || cells > limits.MaxCellsPerFile)
            throw Refuse($"到{name}为止，单元格总数超过每个文件 {N(limits.MaxCellsPerFile)} 个的上限");
    }

    /// <summary>Cells read but not yet laid out in a grid (Word cells of the table being read, values of the sheet being read).</summary>
    public void Pending(long positions)
    {
        if (cells + positions > limits.MaxCellsPerFile)
            throw Refuse($"单元格总数超过每个文件 {N(limits.MaxCellsPerFile)} 个的上限");
    }

    /// <summary>
    /// A library is about to walk this many positions to find a sheet's values (the rows × columns
    /// a .xls sheet declares, empty ones included): up to four times the cells a file may hold.
    /// </summary>
    public void Walk(string name, long positions)
    {
        walked += positions;
        if (positions < 0 || walked > 4L * limits.MaxCellsPerFile)
            throw Refuse($"到{name}为止，各工作表声明的行列范围总计超过 {N(4L * limits.MaxCellsPerFile)} 个单元格的上限");
    }

    /// <summary>A merged range covering this many cells was read.</summary>
    public void Merge(long area)
    {
        mergeArea += area;
        if (area < 0 || mergeArea > limits.MaxMergeAreaPerFile)
            throw Refuse($"合并单元格覆盖的单元格总数超过 {N(limits.MaxMergeAreaPerFile)} 个的上限（合并区域可能大量重叠）");
    }

    /// <summary>Text of this many characters is kept (once per cell that shows it).</summary>
    public void Text(long count)
    {
        chars += count;
        if (count < 0 || chars > limits.MaxCharsPerFile)
            throw Refuse($"文字总量超过每个文件 {N(limits.MaxCharsPerFile)} 个字符的上限（合并单元格与重复引用的文字按每个单元格计）");
    }

    static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    static UnreadableFileException Refuse(string what) =>
        new($"文件异常：{what}，已拒绝读取。正常的自评表远小于此；请检查文件来源，或删除多余的内容后重新保存。");
}
