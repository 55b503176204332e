using PerfEval.Writers.Workbook.Xlsx;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// Writes the blank standard form (templates/自评表模板.xlsx and .docx). The
/// .xlsx carries the defined names a province's template needs (docs/fix.md),
/// so it is the starting point for one; it is streamed with the same sheet
/// layout `fix` writes corrected forms on.
/// </summary>
public static class TemplateBuilder
{
    public const string SheetName = "自评表";

    /// <summary>A fixed date, so writing the template twice gives the same parts.</summary>
    public static readonly DateTime Stamp = new(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void WriteXlsx(Stream output) => output.Write(XlsxBytes());

    public static byte[] XlsxBytes()
    {
        var sheet = StandardSheet.Blank();
        var q = SheetNames.Quote(SheetName);
        var names = StandardLayout.Cells.Where(c => c.Name is not null)
            .Select(c => new DefinedName(c.Name!, $"{q}!{SheetXml.Absolute(c.Row, c.Col, c.Row, c.Col)}"))
            .Append(new DefinedName(TemplateNames.IndicatorArea,
                $"{q}!{SheetXml.Absolute(StandardLayout.FirstIndicatorRow, 2, StandardLayout.LastIndicatorRow, StandardLayout.Columns)}"))
            .ToList();
        using var buffer = new MemoryStream();
        PackageWriter.Write(buffer, new[] { sheet }, names, "项目支出绩效自评表", Stamp, recalculateOnLoad: false);
        return buffer.ToArray();
    }

    /// <summary>Word's packaging needs a seekable read-write stream; this takes any.</summary>
    public static void WriteDocx(Stream output)
    {
        using var buffer = new MemoryStream();
        DocxTemplate.Write(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
