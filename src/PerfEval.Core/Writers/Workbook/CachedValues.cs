using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Values;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// The value of every formula the writer wrote, computed with decimal as the
/// scoring engine does. ClosedXML 0.95 saves a formula without a cached
/// value (or, when asked, one it computes in floating point), yet readers
/// that do not calculate — perfeval's own among them — read only that value,
/// so it is put into the saved package afterwards.
/// </summary>
public sealed class CachedValues
{
    readonly Dictionary<(string Sheet, string Cell), object> _values = new();

    /// <summary>A number, or "" for a formula that shows blank.</summary>
    public void Set(string sheet, string cell, decimal value) => _values[(sheet, cell)] = value;

    public void SetText(string sheet, string cell, string text) => _values[(sheet, cell)] = text;

    public bool TryGet(string sheet, string cell, out object value) => _values.TryGetValue((sheet, cell), out value!);

    public int Count => _values.Count;

    /// <summary>Writes the values into the formula cells of a saved workbook, in place.</summary>
    public void Apply(Stream package)
    {
        using var doc = SpreadsheetDocument.Open(package, isEditable: true);
        var book = doc.WorkbookPart ?? throw new InvalidOperationException("workbook part missing");
        foreach (var sheet in book.Workbook.Sheets?.Elements<Sheet>() ?? Enumerable.Empty<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || sheet.Name?.Value is not { } name) continue;
            if (book.GetPartById(id) is not WorksheetPart part) continue;
            bool changed = false;
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                if (cell.CellFormula is null || cell.CellReference?.Value is not { } at) continue;
                if (!_values.TryGetValue((name, at), out var value)) continue;
                if (value is decimal d)
                {
                    cell.DataType = null;
                    cell.CellValue = new CellValue(Fmt.Exact(d));
                }
                else
                {
                    cell.DataType = new EnumValue<CellValues>(CellValues.String);
                    cell.CellValue = new CellValue((string)value);
                }
                changed = true;
            }
            if (changed) part.Worksheet.Save();
        }
    }
}
