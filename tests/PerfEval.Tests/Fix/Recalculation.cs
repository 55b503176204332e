using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Fix;

/// <summary>
/// Recalculates workbooks in LibreOffice, a real spreadsheet program. The
/// cached values are stripped first, so whatever comes back was computed by
/// LibreOffice from the formulas, not echoed from the file.
/// </summary>
public static class Recalculation
{
    /// <summary>Each workbook's bytes after LibreOffice opened, recalculated and saved it, by the given names.</summary>
    public static Dictionary<string, byte[]> Recalculate(IReadOnlyDictionary<string, byte[]> books)
    {
        var work = Directory.CreateTempSubdirectory("perfeval-lo-").FullName;
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            var output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
            foreach (var (name, bytes) in books) File.WriteAllBytes(Path.Combine(input, name + ".xlsx"), WithoutCachedValues(bytes));
            // A few books per soffice run, so that each run stays well inside its time limit on a loaded machine.
            var result = new Dictionary<string, byte[]>();
            foreach (var chunk in books.Keys.Chunk(6))
            {
                var converted = LibreOffice.Convert("xlsx", output, chunk.Select(name => Path.Combine(input, name + ".xlsx")).ToArray());
                foreach (var (name, path) in chunk.Zip(converted)) result[name] = File.ReadAllBytes(path);
            }
            return result;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    static byte[] WithoutCachedValues(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        using (var doc = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            foreach (var part in doc.WorkbookPart!.WorksheetParts)
            {
                foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
                {
                    cell.CellValue = null;
                    cell.DataType = null;
                }
                part.Worksheet.Save();
            }
        }
        return buffer.ToArray();
    }
}
