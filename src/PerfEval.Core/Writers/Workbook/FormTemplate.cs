using ClosedXML.Excel;

namespace PerfEval.Writers.Workbook;

/// <summary>A template that cannot be used: the CLI exits 2 with this message.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message) : base(message) { }
}

/// <summary>A cell position on the template sheet, 1-based.</summary>
public readonly record struct Pos(int Row, int Col);

/// <summary>
/// An .xlsx template and where its defined names point. Names are resolved
/// once, in template coordinates; the writer shifts the rows below the
/// indicator area by however many indicator rows it adds or removes.
/// </summary>
public sealed class FormTemplate
{
    readonly byte[] _bytes;
    readonly Dictionary<string, Pos> _cells;

    FormTemplate(byte[] bytes, string source, string sheet, Dictionary<string, Pos> cells, int areaFirst, int areaLast, int formLastCol, int lastRow)
    {
        _bytes = bytes;
        Source = source;
        SheetName = sheet;
        _cells = cells;
        AreaFirst = areaFirst;
        AreaLast = areaLast;
        FormLastCol = formLastCol;
        LastRow = lastRow;
        TargetNumberCol = cells.TryGetValue(TemplateNames.TargetNumber, out var t) ? t.Col : formLastCol + 1;
        ActualNumberCol = cells.TryGetValue(TemplateNames.ActualNumber, out var a) ? a.Col : Math.Max(formLastCol, TargetNumberCol) + 1;
    }

    public string Source { get; }
    public string SheetName { get; }
    /// <summary>First and last row of the template's indicator rows.</summary>
    public int AreaFirst { get; }
    public int AreaLast { get; }
    public int AreaRows => AreaLast - AreaFirst + 1;
    /// <summary>The form's right-most column: the print area ends here, helper columns come after.</summary>
    public int FormLastCol { get; }
    public int LastRow { get; }
    public int TargetNumberCol { get; }
    public int ActualNumberCol { get; }

    public Pos? Find(string name) => _cells.TryGetValue(name, out var p) ? p : null;

    public int Column(string name) => _cells[name].Col;

    /// <summary>A fresh copy of the template workbook to fill.</summary>
    public XLWorkbook Open() => new(new MemoryStream(_bytes, writable: false));

    public static FormTemplate BuiltIn() => FromBytes(TemplateBuilder.XlsxBytes(), "内置模板");

    public static FormTemplate Load(string path)
    {
        if (!string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase))
            throw new TemplateException($"模板 {path} 不是 .xlsx 文件");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TemplateException($"无法读取模板 {path}：{ex.Message}");
        }
        return FromBytes(bytes, path);
    }

    public static FormTemplate FromBytes(byte[] bytes, string source)
    {
        XLWorkbook workbook;
        try { workbook = new XLWorkbook(new MemoryStream(bytes, writable: false)); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new TemplateException($"无法打开模板 {source}：{ex.Message}");
        }
        using (workbook) return Resolve(workbook, bytes, source);
    }

    static FormTemplate Resolve(XLWorkbook workbook, byte[] bytes, string source)
    {
        var found = new Dictionary<string, (string Sheet, Pos First, int LastRow)>(StringComparer.Ordinal);
        foreach (var (name, range) in Names(workbook))
            found.TryAdd(name, (range.Worksheet.Name, new Pos(range.RangeAddress.FirstAddress.RowNumber, range.RangeAddress.FirstAddress.ColumnNumber),
                range.RangeAddress.LastAddress.RowNumber));

        var missing = TemplateNames.Required.Where(n => !found.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new TemplateException($"模板 {source} 缺少定义名称：{string.Join("、", missing)}（见 docs/fix.md）");

        var sheet = found[TemplateNames.Project].Sheet;
        var elsewhere = found.Where(kv => kv.Value.Sheet != sheet).Select(kv => kv.Key).ToList();
        if (elsewhere.Count > 0)
            throw new TemplateException($"模板 {source} 的定义名称 {string.Join("、", elsewhere)} 不在“{sheet}”工作表上；一张表的名称须在同一工作表");

        var cells = found.Where(kv => kv.Key != TemplateNames.IndicatorArea).ToDictionary(kv => kv.Key, kv => kv.Value.First);
        int row = cells[TemplateNames.Level3].Row;
        var offRow = TemplateNames.IndicatorColumns.Where(n => cells.TryGetValue(n, out var p) && p.Row != row).ToList();
        if (offRow.Count > 0)
            throw new TemplateException($"模板 {source} 的指标名称 {string.Join("、", offRow)} 须与“{TemplateNames.Level3}”在同一行（第一个指标行）");

        int areaFirst = row, areaLast = row;
        if (found.TryGetValue(TemplateNames.IndicatorArea, out var area))
        {
            if (area.First.Row != row)
                throw new TemplateException($"模板 {source} 的“{TemplateNames.IndicatorArea}”须从第一个指标行（第 {row} 行）开始");
            areaLast = Math.Max(row, area.LastRow);
        }
        var inside = cells.Where(kv => kv.Value.Row >= areaFirst && kv.Value.Row <= areaLast
            && !TemplateNames.IndicatorColumns.Contains(kv.Key)).Select(kv => kv.Key).ToList();
        if (inside.Count > 0)
            throw new TemplateException($"模板 {source} 的定义名称 {string.Join("、", inside)} 落在指标区（第 {areaFirst}–{areaLast} 行）内");

        var columns = TemplateNames.IndicatorColumns.Where(cells.ContainsKey).GroupBy(n => cells[n].Col).Where(g => g.Count() > 1).ToList();
        if (columns.Count > 0)
            throw new TemplateException($"模板 {source} 的指标名称 {string.Join("、", columns[0])} 指向同一列");

        var ws = workbook.Worksheet(sheet);
        var helpers = new[] { TemplateNames.TargetNumber, TemplateNames.ActualNumber };
        int lastUsed = ws.LastColumnUsed()?.ColumnNumber() ?? 1;
        int namedLast = cells.Where(kv => !helpers.Contains(kv.Key)).Max(kv => kv.Value.Col);
        // Helper columns the template places itself are not part of the printed form.
        var helperCols = helpers.Where(cells.ContainsKey).Select(n => cells[n].Col).ToList();
        int formLastCol = helperCols.Count == 0 ? Math.Max(lastUsed, namedLast)
            : Math.Max(namedLast, ws.CellsUsed().Select(c => c.Address.ColumnNumber).Where(c => c < helperCols.Min()).DefaultIfEmpty(1).Max());
        int lastRow = Math.Max(ws.LastRowUsed()?.RowNumber() ?? 1, cells.Values.Max(p => p.Row));
        return new FormTemplate(bytes, source, sheet, cells, areaFirst, areaLast, formLastCol, lastRow);
    }

    static IEnumerable<(string Name, IXLRange Range)> Names(XLWorkbook workbook)
    {
        var all = workbook.NamedRanges.Concat(workbook.Worksheets.SelectMany(w => w.NamedRanges));
        foreach (var named in all)
        {
            IXLRange? range;
            try { range = named.Ranges.FirstOrDefault(); }
            catch (Exception ex) when (ex is not OutOfMemoryException) { range = null; } // a #REF! name points nowhere
            if (range is not null) yield return (named.Name, range);
        }
    }
}
