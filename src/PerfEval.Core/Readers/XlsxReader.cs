using PerfEval.Grid;

namespace PerfEval.Readers;

/// <summary>
/// Reads each worksheet of a .xlsx into a grid addressed by sheet name and
/// A1 position. Hidden sheets are skipped unless they hold a form. Streams
/// the zip and the XML; never loads the OpenXML SDK DOM.
/// </summary>
public sealed class XlsxReader : IDocumentReader
{
    // Labels only a 自评表 has; a hidden sheet holding one is still read (hiding is not deleting).
    static readonly string[] FormMarkers = { "项目名称", "绩效指标" };

    readonly ReaderLimits limits;

    public XlsxReader() : this(ReaderLimits.Default) { }

    public XlsxReader(ReaderLimits limits) => this.limits = limits;

    public SourceDocument Read(string path) => ReadErrors.Guard(OfficeKind.Excel, () =>
    {
        using var package = OfficePackage.Open(path, OfficeKind.Excel, limits);
        var budget = new WorkBudget(limits);
        var book = XlsxWorkbook.Load(package, limits, budget);
        var grids = new List<CellGrid>();
        foreach (var sheet in book.Sheets)
        {
            if (sheet.Part is null)
                continue;
            var grid = XlsxSheetReader.Read(package, book, sheet, limits, budget);
            if (sheet.Hidden && !HoldsForm(grid))
                continue;
            grids.Add(grid);
        }
        return new SourceDocument(path, grids);
    });

    static bool HoldsForm(CellGrid grid) =>
        grid.Rows.Any(row => row.Cells.Any(cell => cell.IsOrigin && FormMarkers.Any(m => cell.Text.Contains(m, StringComparison.Ordinal))));
}
