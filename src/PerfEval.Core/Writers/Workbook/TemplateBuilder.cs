using ClosedXML.Excel;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// Writes the blank standard form (templates/自评表模板.xlsx and .docx). The
/// .xlsx carries the defined names the fix writer fills, so the built-in
/// template of `perfeval fix` is this workbook, made in memory.
/// </summary>
public static class TemplateBuilder
{
    public const string SheetName = "自评表";

    /// <summary>A fixed date, so writing the template twice gives the same parts.</summary>
    public static readonly DateTime Stamp = new(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static void WriteXlsx(Stream output) => output.Write(XlsxBytes());

    public static byte[] XlsxBytes()
    {
        using var workbook = CreateWorkbook();
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
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

    public static XLWorkbook CreateWorkbook()
    {
        var workbook = new XLWorkbook();
        workbook.Properties.Author = "perfeval";
        workbook.Properties.Title = "项目支出绩效自评表";
        workbook.Properties.Created = Stamp;
        workbook.Properties.Modified = Stamp;
        workbook.Style.Font.FontName = SheetStyle.Font;
        workbook.Style.Font.FontSize = SheetStyle.FontSize;

        var sheet = workbook.Worksheets.Add(SheetName);
        for (int c = 0; c < StandardLayout.ColumnWidths.Length; c++)
            sheet.Column(c + 1).Width = StandardLayout.ColumnWidths[c];

        var table = sheet.Range(StandardLayout.TableFirstRow, 1, StandardLayout.LastRow, StandardLayout.Columns);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Alignment.WrapText = true;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        table.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

        foreach (var cell in StandardLayout.Cells)
        {
            var range = sheet.Range(cell.Row, cell.Col, cell.LastRow, cell.LastCol);
            if (cell.Rows > 1 || cell.Cols > 1) range.Merge();
            var first = range.FirstCell();
            if (cell.Text.Length > 0)
            {
                if (decimal.TryParse(cell.Text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n))
                    first.Value = n;
                else
                    first.SetValue(cell.Text);
            }
            if (cell.Name is not null)
                workbook.NamedRanges.Add(cell.Name, range.FirstCell().AsRange());
            if (IsFreeText(cell))
                range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
        }
        workbook.NamedRanges.Add(TemplateNames.IndicatorArea,
            sheet.Range(StandardLayout.FirstIndicatorRow, 2, StandardLayout.LastIndicatorRow, StandardLayout.Columns));

        var title = sheet.Cell(StandardLayout.TitleRow, 1);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 16;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Row(StandardLayout.TitleRow).Height = 27;
        sheet.Cell(StandardLayout.YearRow, 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;

        sheet.Row(11).Height = 60;
        for (int r = StandardLayout.TotalRow + 1; r <= StandardLayout.LastRow; r++) sheet.Row(r).Height = 45;
        SheetStyle.FitRows(sheet, StandardLayout.Cells.Select(c =>
            (c.Row, c.Rows, SheetStyle.Width(sheet, c.Col, c.Cols), c.Text)));

        SheetStyle.PrintSetup(sheet, StandardLayout.LastRow, StandardLayout.Columns, repeatRows: StandardLayout.TableFirstRow);
        return workbook;
    }

    /// <summary>Cells people fill with sentences read better left-aligned.</summary>
    static bool IsFreeText(LayoutCell cell) => cell.Name is { } n &&
        (n == TemplateNames.GoalExpected || n == TemplateNames.GoalActual || n == TemplateNames.Year
         || TemplateNames.Analysis.Contains(n));
}
