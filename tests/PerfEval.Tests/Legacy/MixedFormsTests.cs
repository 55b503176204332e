using ClosedXML.Excel;
using PerfEval.Readers;
using PerfEval.Readers.Legacy;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Readers.TestDocx;

namespace PerfEval.Tests.Legacy;

/// <summary>
/// Beyond the seed: forms with horizontal and vertical merges, a nested
/// table, a field and tracked revisions (Word), and percent formats,
/// formulas, merges and a hidden sheet (Excel), written in the old formats
/// by LibreOffice and read natively, equal cell for cell to LibreOffice's
/// own reading converted back.
/// </summary>
[Collection("legacy seed")]
public sealed class MixedFormsTests : IDisposable
{
    readonly LegacySeed _seed;
    readonly TempFolder _dir = new();

    public MixedFormsTests(LegacySeed seed) => _seed = seed;

    public void Dispose() => _dir.Dispose();

    const string Field =
        "<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>" +
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r></w:p>";

    const string Revised =
        "<w:p><w:r><w:t>得分</w:t></w:r><w:del w:id=\"1\" w:author=\"审核\" w:date=\"2025-01-01T00:00:00Z\"><w:r><w:delText>88</w:delText></w:r></w:del>" +
        "<w:ins w:id=\"2\" w:author=\"审核\" w:date=\"2025-01-01T00:00:00Z\"><w:r><w:t>90</w:t></w:r></w:ins></w:p>";

    [Fact]
    public void A_doc_with_merges_nesting_fields_and_revisions_reads_like_its_converted_docx()
    {
        var nested = Table(2, Row(Cell("内1"), Cell("内2")), Row(Cell("合并", Span(2))));
        var body =
            P("2025年度") + P("项目支出绩效自评表") +
            Table(3,
                Row(Cell("项目名称"), Cell("外事接待费", Span(2))),
                Row(Cell("产出指标", VRestart), Cell("数量"), Cell("5")),
                Row(Cell("", VContinue), CellXml(P("上文") + nested + P("下文")), Cell("6")),
                Row(CellXml(Field), CellXml(Revised), Cell("末"))) +
            P("说明"); // a document ends with a paragraph, as Word writes it
        var second = P("第二张表") + Table(2, Row(Cell("甲"), Cell("乙")));
        var doc = _seed.Convert(TestDocx.Write(_dir.File("mixed.docx"), body), "doc");

        var native = new DocReader().Read(doc);
        GridAssert.Same(new WordReader().Read(_seed.Convert(doc, "docx")), native);

        Assert.Equal(new[] { "表1", "表1-1" }, native.Grids.Select(g => g.Name));
        var t1 = native.Grids[0];
        Assert.Equal(new[] { "2025年度", "项目支出绩效自评表" }, t1.Preamble);
        Assert.Equal("外事接待费", t1.Rows[0].Cells[2].Text);
        Assert.True(t1.Rows[0].Cells[2].IsHorizontalCopy);
        Assert.Equal("产出指标", t1.Rows[2].Cells[0].Text);
        Assert.True(t1.Rows[2].Cells[0].IsVerticalCopy);
        Assert.Equal("上文\n下文", t1.Rows[2].Cells[1].Text);
        // The field's result, not its code (LibreOffice stores the page number it computes when it writes the .doc).
        Assert.Matches("^第[0-9]+页$", t1.Rows[3].Cells[0].Text);
        Assert.Equal("得分90", t1.Rows[3].Cells[1].Text);
        Assert.Equal("合并", native.Grids[1].Rows[1].Cells[1].Text);

        // With a table after it, LibreOffice's own .doc import turns that table into a paragraph ("甲乙"),
        // so its round trip is no reference there; the native reading equals the original .docx.
        // (Without the PAGE field there, whose result LibreOffice recomputes when it writes.)
        var original = TestDocx.Write(_dir.File("two.docx"), body.Replace(Field, P("第1页")) + second);
        var withSecond = new DocReader().Read(_seed.Convert(original, "doc"));
        Assert.Equal(new[] { "表1", "表1-1", "表2" }, withSecond.Grids.Select(g => g.Name));
        GridAssert.Same(new WordReader().Read(original), withSecond);
    }

    [Fact]
    public void An_xls_with_percents_formulas_merges_and_a_hidden_sheet_reads_like_its_converted_xlsx()
    {
        var xlsx = _dir.File("mixed.xlsx");
        using (var book = new XLWorkbook())
        {
            var s = book.AddWorksheet("自评表");
            s.Cell("A1").Value = "项目名称";
            s.Range("B1:D1").Merge().Value = "外事接待费";
            s.Range("A2:A4").Merge().Value = "产出指标";
            s.Cell("B2").Value = 0.1545;
            s.Cell("B2").Style.NumberFormat.Format = "0.00%";
            s.Cell("C2").Value = 0.5;
            s.Cell("C2").Style.NumberFormat.NumberFormatId = 9;
            s.Cell("B3").Value = 11;
            s.Cell("C3").Value = 1.7;
            s.Cell("D3").FormulaA1 = "C3/B3";
            s.Cell("B4").Value = 45000;
            s.Cell("B4").Style.NumberFormat.Format = "yyyy-mm-dd";
            s.Cell("F6").Value = "远处";
            var hidden = book.AddWorksheet("隐藏");
            hidden.Cell("A1").Value = "项目名称";
            hidden.Hide();
            var empty = book.AddWorksheet("说明");
            empty.Cell("A1").Value = "填表说明";
            empty.Hide();
            book.SaveAs(xlsx);
        }
        var xls = _seed.Convert(xlsx, "xls");

        var native = new XlsReader().Read(xls);
        GridAssert.Same(new XlsxReader().Read(_seed.Convert(xls, "xlsx")), native);

        Assert.Equal(new[] { "自评表", "隐藏" }, native.Grids.Select(g => g.Name));
        var g = native.Grids[0];
        Assert.Equal("15.45%", g.Rows[1].Cells[1].Text);
        Assert.True(g.Rows[1].Cells[1].IsPercentFormat);
        Assert.Equal("50%", g.Rows[1].Cells[2].Text);
        Assert.True(g.Rows[2].Cells[3].IsFormula);
        Assert.Equal(0.154545454545455m, g.Rows[2].Cells[3].Number);
        Assert.Equal("45000", g.Rows[3].Cells[1].Text);
        Assert.Equal("产出指标", g.Rows[3].Cells[0].Text);
        Assert.Equal("A2", g.Rows[3].Cells[0].Origin.A1);
        Assert.Equal((6, 6), (g.Rows.Count, g.Rows[0].Cells.Count));
    }

    /// <summary>
    /// Error values (#DIV/0!, #N/A, #VALUE!, a typed-in #REF!) read as the .xlsx reader reads them: their code as
    /// text, formula or not. ExcelDataReader alone reads them as empty cells; a blank 执行率 and a #DIV/0! one
    /// are different findings.
    /// </summary>
    [Fact]
    public void An_xls_with_error_values_reads_them_like_its_converted_xlsx()
    {
        var xlsx = _dir.File("errors.xlsx");
        using (var book = new XLWorkbook())
        {
            var s = book.AddWorksheet("自评表");
            s.Cell("A1").Value = "项目名称";
            s.Cell("B1").Value = 0;
            s.Cell("C1").FormulaA1 = "1/B1";
            s.Cell("D1").FormulaA1 = "NA()";
            s.Cell("E1").FormulaA1 = "\"a\"+1";
            s.Cell("F1").FormulaA1 = "SQRT(-1)";
            s.Cell("A2").Value = "执行率";
            s.Cell("B2").FormulaA1 = "C1*100";
            book.SaveAs(xlsx);
        }
        var xls = _seed.Convert(xlsx, "xls");

        var native = new XlsReader().Read(xls);
        GridAssert.Same(new XlsxReader().Read(_seed.Convert(xls, "xlsx")), native);

        var row = native.Grids[0].Rows[0].Cells;
        // LibreOffice computes SQRT(-1) as its Err:502 (invalid argument), which it stores in BIFF as #VALUE!.
        Assert.Equal(new[] { "#DIV/0!", "#N/A", "#VALUE!", "#VALUE!" }, row.Skip(2).Take(4).Select(c => c.Text));
        Assert.All(row.Skip(2).Take(4), c => Assert.True(c.IsFormula && c.Number is null));
        Assert.Equal("#DIV/0!", native.Grids[0].Rows[1].Cells[1].Text);
    }
}
