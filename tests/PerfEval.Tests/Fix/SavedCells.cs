using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Tests.Fix;

/// <summary>A cell as stored in the package: its formula and the value a non-calculating reader sees.</summary>
public sealed record SavedCell(string? Formula, string? Value, bool IsText)
{
    public decimal? Number => !IsText && Value is { Length: > 0 } v
        ? decimal.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
}

/// <summary>
/// Reads a saved .xlsx the way perfeval's reader does — the XML, not a
/// calculation engine — so tests see exactly the cached values a reader gets.
/// </summary>
public static class SavedCells
{
    public static Dictionary<string, Dictionary<string, SavedCell>> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var doc = SpreadsheetDocument.Open(stream, false);
        var book = doc.WorkbookPart!;
        var strings = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? new();
        var result = new Dictionary<string, Dictionary<string, SavedCell>>();
        foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            var cells = new Dictionary<string, SavedCell>();
            foreach (var c in part.Worksheet.Descendants<Cell>())
            {
                var type = c.DataType?.Value;
                string? value = c.CellValue?.Text;
                bool text = type is CellValues.SharedString or CellValues.String or CellValues.InlineString;
                if (type == CellValues.SharedString && value is not null) value = strings[int.Parse(value, CultureInfo.InvariantCulture)];
                if (type == CellValues.InlineString) value = c.InlineString?.InnerText;
                cells[c.CellReference!.Value!] = new SavedCell(c.CellFormula?.Text, value, text);
            }
            result[sheet.Name!.Value!] = cells;
        }
        return result;
    }

    public static IReadOnlyList<string> SheetNames(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var doc = SpreadsheetDocument.Open(stream, false);
        return doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }
}
