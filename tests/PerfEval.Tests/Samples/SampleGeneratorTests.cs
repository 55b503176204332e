using System.IO.Compression;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Samples;

namespace PerfEval.Tests.Samples;

/// <summary>Writes both samples once into a temporary directory for the tests of one class.</summary>
public sealed class GeneratedSamples : IDisposable
{
    public IReadOnlyList<SeedForm> Forms { get; } = SeedText.LoadDefault();
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "perfeval-samples-" + Guid.NewGuid().ToString("N"));
    public string Docx => Path.Combine(Directory, "附件1.docx");
    public string Xlsx => Path.Combine(Directory, "附件1.xlsx");

    public GeneratedSamples()
    {
        System.IO.Directory.CreateDirectory(Directory);
        DocxSampleWriter.Write(Forms, Docx);
        XlsxSampleWriter.Write(Forms, Xlsx);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public class SampleGeneratorTests(GeneratedSamples samples) : IClassFixture<GeneratedSamples>
{
    private static string CellText(TableCell cell) =>
        string.Join("\n", cell.Elements<Paragraph>().Select(p => p.InnerText));

    [Fact]
    public void Docx_has_one_table_per_form_under_its_title_and_year_paragraphs()
    {
        using var doc = WordprocessingDocument.Open(samples.Docx, false);
        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Equal("附件1", body.Elements<Paragraph>().First().InnerText);
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(12, tables.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var year = Assert.IsType<Paragraph>(tables[i].PreviousSibling());
            var title = Assert.IsType<Paragraph>(year.PreviousSibling());
            Assert.Equal("项目支出绩效自评表", title.InnerText);
            Assert.Contains("2021", year.InnerText);
            Assert.Equal(i > 0, title.ParagraphProperties?.PageBreakBefore != null);
            Assert.Equal(9, tables[i].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
            var firstRow = tables[i].Elements<TableRow>().First().Elements<TableCell>().ToList();
            Assert.Equal(samples.Forms[i].Project, CellText(firstRow[1]));
        }
    }

    [Fact]
    public void Docx_cells_carry_grid_spans_and_vertical_merges()
    {
        using var doc = WordprocessingDocument.Open(samples.Docx, false);
        var rows = doc.MainDocumentPart!.Document.Body!.Elements<Table>().First().Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().ToList()).ToList();
        int Span(TableCell c) => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
        string Merge(TableCell c) => c.TableCellProperties?.VerticalMerge is { } v
            ? v.Val?.Value == MergedCellValues.Restart ? "restart" : "continue" : "";

        Assert.Equal([1, 8], rows[0].Select(Span));
        Assert.Equal([1, 3, 2, 3], rows[1].Select(Span));
        Assert.Equal("项目资金\n（万元）", CellText(rows[2][0]));
        Assert.Equal(["restart", "continue", "continue", "continue", "continue"], rows.Skip(2).Take(5).Select(r => Merge(r[0])));
        Assert.Equal("", CellText(rows[3][0]));
        Assert.Equal("      上年结转资金", CellText(rows[5][1]));

        var header = rows.FindIndex(r => CellText(r[0]) == "绩\n效\n指\n标");
        Assert.Equal(4, rows[header][0].Elements<Paragraph>().Count());
        Assert.Equal(9, rows[header].Count);
        Assert.Equal(("产出指标", "restart"), (CellText(rows[header + 1][1]), Merge(rows[header + 1][1])));
        Assert.Equal("continue", Merge(rows[header + 2][1]));
        Assert.Equal("continue", Merge(rows[header + 2][2]));
        Assert.Equal("友城交往联络", CellText(rows[header + 2][3]));

        var total = rows.Single(r => CellText(r[0]) == "总分");
        Assert.Equal([6, 1, 1, 1], total.Select(Span));
        Assert.Equal("47.84", CellText(total[2]));
    }

    [Fact]
    public void Docx_is_valid_open_xml()
    {
        using var doc = WordprocessingDocument.Open(samples.Docx, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Xlsx_is_valid_open_xml_without_an_empty_number_format()
    {
        using (var doc = SpreadsheetDocument.Open(samples.Xlsx, false))
        {
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(errors);
            var formats = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!
                .Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>().ToList();
            Assert.DoesNotContain(formats, f => string.IsNullOrEmpty(f.FormatCode?.Value));
            Assert.Contains(formats, f => f.FormatCode?.Value == "0.00%");
        }
    }

    [Fact]
    public void Xlsx_has_one_sheet_per_project_with_title_rows_and_merges()
    {
        using var book = new XLWorkbook(samples.Xlsx);
        Assert.Equal(samples.Forms.Select(f => f.Project), book.Worksheets.Select(s => s.Name));
        var sheet = book.Worksheet(1);
        Assert.Equal("项目支出绩效自评表", sheet.Cell("A1").GetString());
        Assert.Equal(samples.Forms[0].YearLine, sheet.Cell("A2").GetString());
        var merged = sheet.MergedRanges.Select(r => r.RangeAddress.ToStringRelative()).ToHashSet();
        // Rows 3–4 are 项目名称 and 主管部门, 5–9 the funding block, 10–11 the goals.
        Assert.Superset(new HashSet<string> { "A1:I1", "A2:I2", "B3:I3", "B4:D4", "E4:F4", "G4:I4", "A5:A9", "B5:C5", "B6:C6", "A10:A11", "B10:E10", "F11:I11" }, merged);
        Assert.Equal("项目资金\n（万元）", sheet.Cell("A5").GetString());
        var header = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "绩\n效\n指\n标").Address.RowNumber;
        Assert.Contains($"A{header}:A{header + 12}", merged);
        Assert.Contains($"B{header + 1}:B{header + 7}", merged);
    }

    [Fact]
    public void Xlsx_amounts_scores_and_totals_are_numbers_and_values_stay_text()
    {
        using var book = new XLWorkbook(samples.Xlsx);
        var sheet = book.Worksheet(1);
        Assert.Equal(XLDataType.Number, sheet.Cell("D6").DataType);
        Assert.Equal(11.0, sheet.Cell("D6").GetDouble());
        Assert.Equal(1.7, sheet.Cell("F6").GetDouble());
        Assert.Equal(XLDataType.Text, sheet.Cell("G8").DataType);
        Assert.Equal("—", sheet.Cell("G8").GetString());
        Assert.True(sheet.Cell("D8").IsEmpty());

        var first = sheet.Column(4).CellsUsed().Single(c => c.GetString() == "接待次数").Address.RowNumber;
        Assert.Equal((XLDataType.Text, "5次"), (sheet.Cell(first, 5).DataType, sheet.Cell(first, 5).GetString()));
        Assert.Equal((XLDataType.Text, "=1次"), (sheet.Cell(first, 6).DataType, sheet.Cell(first, 6).GetString()));
        Assert.False(sheet.Cell(first, 6).HasFormula);
        Assert.Equal(XLDataType.Number, sheet.Cell(first, 7).DataType);
        Assert.Equal(1.0, sheet.Cell(first, 8).GetDouble());

        var total = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "总分").Address.RowNumber;
        Assert.Equal(100.0, sheet.Cell(total, 7).GetDouble());
        Assert.Equal(47.84, sheet.Cell(total, 8).GetDouble());

        // ClosedXML would turn a bare "61.2" into a number; an actual value stays as written.
        var publicity = book.Worksheet(12);
        var cost = publicity.Column(4).CellsUsed().Single(c => c.GetString() == "指标1：宣传费用").Address.RowNumber;
        Assert.Equal((XLDataType.Text, "61.2"), (publicity.Cell(cost, 6).DataType, publicity.Cell(cost, 6).GetString()));

        // 因公出国（境）费 states no total: the cell stays empty rather than becoming 0.
        var blank = book.Worksheet(4);
        var blankTotal = blank.Column(1).CellsUsed().Single(c => c.GetString() == "总分").Address.RowNumber;
        Assert.Equal(100.0, blank.Cell(blankTotal, 7).GetDouble());
        Assert.True(blank.Cell(blankTotal, 8).IsEmpty());
    }

    [Theory]
    [InlineData(1, 15.45, "")]
    [InlineData(2, 0.7, "0%")]
    [InlineData(3, 0.0, "0%")]
    [InlineData(6, 0.0112, "0.00%")]
    [InlineData(10, 0.142, "0.0%")]
    [InlineData(11, 0.2004, "0.00%")]
    public void Xlsx_rate_with_a_percent_sign_is_a_fraction_under_a_percent_format(int form, double value, string format)
    {
        using var book = new XLWorkbook(samples.Xlsx);
        var rate = book.Worksheet(form).Cell("H6");
        Assert.Equal(XLDataType.Number, rate.DataType);
        Assert.Equal(value, rate.GetDouble(), 10);
        if (format.Length == 0)
            Assert.DoesNotContain("%", rate.Style.NumberFormat.Format);
        else
            Assert.Equal(format, rate.Style.NumberFormat.Format);
    }

    [Fact]
    public void Sheet_names_are_valid_and_unique()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Assert.Equal("a_b_c_d", XlsxSampleWriter.SheetName("a[b]c/d", 1, used));
        Assert.Equal("表2", XlsxSampleWriter.SheetName("  ", 2, used));
        var longName = new string('长', 40);
        Assert.Equal(new string('长', 31), XlsxSampleWriter.SheetName(longName, 3, used));
        Assert.Equal(new string('长', 28) + "(2)", XlsxSampleWriter.SheetName(longName, 4, used));
        Assert.Equal("A_B_C_D(2)", XlsxSampleWriter.SheetName("A_B_C_D", 5, used));
    }

    [Fact]
    public void Committed_samples_match_the_generator()
    {
        var committed = Path.Combine(SeedText.FindRepoRoot(), "samples");
        Assert.Equal(Entries(samples.Docx), Entries(Path.Combine(committed, "附件1.docx")));
        Assert.Equal(Entries(samples.Xlsx), Entries(Path.Combine(committed, "附件1.xlsx")));
    }

    private static Dictionary<string, string> Entries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
