using ClosedXML.Excel;

namespace PerfEval.Writers.Workbook.Province;

/// <summary>
/// Reads a province's .xlsx template with ClosedXML: where its defined names
/// point, checked for what the writer needs (docs/fix.md, Templates).
/// </summary>
internal static class TemplateReader
{
    public static FormTemplate Read(byte[] bytes, string source)
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
        var year = cells.TryGetValue(TemplateNames.Year, out var y) ? ws.Cell(y.Row, y.Col).GetString() : "";
        return new FormTemplate(bytes, source, sheet, cells, areaFirst, areaLast, formLastCol, lastRow, year);
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
