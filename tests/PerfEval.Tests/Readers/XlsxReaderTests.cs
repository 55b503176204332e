using PerfEval.Grid;
using PerfEval.Readers;

namespace PerfEval.Tests.Readers;

public sealed class XlsxReaderTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    SourceDocument Read(TestXlsx book) => new XlsxReader().Read(book.Write(temp.File("t.xlsx")));

    static CellGrid Only(SourceDocument doc) => Assert.Single(doc.Grids);

    static GridCell At(CellGrid grid, string a1) =>
        grid.Rows.SelectMany(r => r.Cells).Single(c => c.Ref.A1 == a1);

    [Fact]
    public void MergedRanges_CopyTheTopLeftCellIntoEveryPosition()
    {
        var book = new TestXlsx();
        book.AddSheet("自评表")
            .Shared("A1", "项目支出绩效自评表").Merge("A1:D1")
            .Shared("B3", "产出指标").Merge("B3:B9")
            .Formula("C3", "1+1", "2").Merge("C3:D4")
            .Shared("C5", "数量指标");

        var grid = Only(Read(book));

        Assert.All(grid.Rows[0].Cells, c => Assert.Equal("项目支出绩效自评表", c.Text));
        Assert.Equal(new CellRef(1, 1, 1, "自评表"), At(grid, "D1").Origin);
        Assert.True(At(grid, "D1").IsHorizontalCopy);
        for (int row = 3; row <= 9; row++)
        {
            var cell = At(grid, $"B{row}");
            Assert.Equal("产出指标", cell.Text);
            Assert.Equal(new CellRef(1, 3, 2, "自评表"), cell.Origin);
        }
        var copy = At(grid, "D4");
        Assert.Equal(("2", 2m, true), (copy.Text, copy.Number, copy.IsFormula));
        Assert.Equal("C3", copy.Origin.A1);
        Assert.Equal("数量指标", At(grid, "C5").Text);
        Assert.Equal(9, grid.Rows.Count);
    }

    [Fact]
    public void Formulas_UseTheCachedValueAndAreFlagged()
    {
        var book = new TestXlsx();
        book.AddSheet("S")
            .Number("A1", "11").Number("B1", "1.7")
            .Formula("C1", "B1/A1", "0.15454545454545454", TestXlsx.Percent2)
            .Formula("D1", "A1&\"万元\"", "11万元", type: "str")
            .Raw("E1", "", "<f t=\"shared\" si=\"0\"/><v>3.4</v>");

        var grid = Only(Read(book));

        var rate = At(grid, "C1");
        Assert.Equal(("15.45%", 0.154545454545455m, true, true), (rate.Text, rate.Number, rate.IsFormula, rate.IsPercentFormat));
        var text = At(grid, "D1");
        Assert.Equal(("11万元", (decimal?)null, true), (text.Text, text.Number, text.IsFormula));
        Assert.True(At(grid, "E1").IsFormula);
        Assert.Equal(3.4m, At(grid, "E1").Number);
        Assert.False(At(grid, "A1").IsFormula);
    }

    [Theory]
    [InlineData(TestXlsx.Percent2, "15.45%", true)]
    [InlineData(TestXlsx.Percent0, "15%", true)]
    [InlineData(TestXlsx.Percent1, "15.5%", true)]
    [InlineData(TestXlsx.QuotedPercent, "0.1545", false)]
    [InlineData(TestXlsx.Fixed2, "0.1545", false)]
    [InlineData(TestXlsx.General, "0.1545", false)]
    public void PercentFormats_ShowTheValueTimesHundredWithTheFormatsDecimals(int style, string text, bool percent)
    {
        var book = new TestXlsx();
        book.AddSheet("S").Number("A1", "0.1545", style);

        var cell = Only(Read(book)).Rows[0].Cells[0];

        Assert.Equal((text, 0.1545m, percent), (cell.Text, cell.Number, cell.IsPercentFormat));
    }

    [Theory]
    [InlineData("11", "11")]
    [InlineData("1.7000000000000002", "1.7")]
    [InlineData("0.26000000000000001", "0.26")]
    [InlineData("1E-3", "0.001")]
    [InlineData("2.5E+3", "2500")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("100.0", "100")]
    [InlineData("12345678901234567", "12345678901234600")]
    public void Numbers_AreWrittenPlainlyToExcelsPrecision(string stored, string text)
    {
        var book = new TestXlsx();
        book.AddSheet("S").Number("A1", stored);

        var cell = Only(Read(book)).Rows[0].Cells[0];

        Assert.Equal(text, cell.Text);
        Assert.Equal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), cell.Number);
    }

    [Fact]
    public void NumbersOutsideDecimalRange_KeepTheirTextWithoutNumber()
    {
        var book = new TestXlsx();
        book.AddSheet("S").Number("A1", "1.5E+300");

        var cell = Only(Read(book)).Rows[0].Cells[0];

        Assert.Equal("1.5E+300", cell.Text);
        Assert.Null(cell.Number);
    }

    [Fact]
    public void TextTypedNumbers_StayText()
    {
        var book = new TestXlsx();
        book.AddSheet("S").Shared("A1", "11").Inline("B1", "1.7").Raw("C1", "t=\"b\"", "<v>1</v>").Raw("D1", "t=\"e\"", "<f>1/0</f><v>#DIV/0!</v>");

        var row = Only(Read(book)).Rows[0].Cells;

        Assert.Equal(new[] { "11", "1.7", "TRUE", "#DIV/0!" }, row.Select(c => c.Text));
        Assert.All(row, c => Assert.Null(c.Number));
        Assert.True(row[3].IsFormula);
    }

    [Fact]
    public void SparseCells_KeepTrueA1Addresses()
    {
        var book = new TestXlsx();
        book.AddSheet("表 1").Shared("B2", "项目名称").Shared("E7", "总分").Raw("Z100", "s=\"1\"", "");

        var grid = Only(Read(book));

        // The styled but empty Z100 does not stretch the grid.
        Assert.Equal(7, grid.Rows.Count);
        Assert.All(grid.Rows, r => Assert.Equal(5, r.Cells.Count));
        Assert.Equal("项目名称", grid.Rows[1].Cells[1].Text);
        var total = grid.Rows[6].Cells[4];
        Assert.Equal("总分", total.Text);
        Assert.Equal("'表 1'!E7", total.Ref.ToString());
        Assert.Equal(7, grid.Rows[6].Number);
        Assert.Equal("", grid.Rows[3].Cells[2].Text);
        Assert.True(grid.Rows[3].Cells[2].IsOrigin);
        Assert.Equal("表 1", grid.Sheet);
        Assert.Equal("表 1", grid.Name);
        Assert.Empty(grid.Preamble);
    }

    [Fact]
    public void RowsAndCellsWithoutR_FollowThePreviousOne()
    {
        var book = new TestXlsx();
        book.AddSheet("S").SheetData(
            "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c><v>2</v></c><c r=\"E2\"><v>3</v></c><c><v>4</v></c></row>" +
            "<row><c><v>5</v></c></row>");

        var grid = Only(Read(book));

        Assert.Equal(("1", "2", "3", "4"), (At(grid, "B2").Text, At(grid, "C2").Text, At(grid, "E2").Text, At(grid, "F2").Text));
        Assert.Equal("5", At(grid, "A3").Text);
        Assert.Equal(3, grid.Rows.Count);
    }

    [Fact]
    public void SharedStrings_JoinRichRunsSkipPhoneticsAndDecodeEscapes()
    {
        var book = new TestXlsx();
        book.RawSharedItems.Add("<si><r><t>年度</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">指标值 </t></r><rPh sb=\"0\" eb=\"2\"><t>ねんど</t></rPh></si>");
        book.RawSharedItems.Add("<si><t xml:space=\"preserve\"> 第一行_x000D_\n第二行\u00A0</t></si>");
        book.AddSheet("S").Raw("A1", "t=\"s\"", "<v>0</v>").Raw("B1", "t=\"s\"", "<v>1</v>")
            .Raw("C1", "t=\"inlineStr\"", "<is><r><t>内联</t></r><r><t>富文本</t></r></is>");

        var row = Only(Read(book)).Rows[0].Cells;

        Assert.Equal(new[] { "年度指标值", "第一行\n第二行", "内联富文本" }, row.Select(c => c.Text));
    }

    [Fact]
    public void HiddenSheets_AreSkippedUnlessTheyHoldAForm()
    {
        var book = new TestXlsx();
        book.AddSheet("表1").Shared("A1", "项目名称");
        book.AddSheet("下拉列表", "hidden").Shared("A1", "是").Shared("A2", "否");
        book.AddSheet("旧表", "veryHidden").Shared("A5", "绩效指标");

        var doc = Read(book);

        Assert.Equal(new[] { "表1", "旧表" }, doc.Grids.Select(g => g.Name));
        Assert.Equal(new[] { 1, 3 }, doc.Grids.Select(g => g.Table));
        Assert.Equal(new CellRef(3, 5, 1, "旧表"), doc.Grids[1].Rows[4].Cells[0].Ref);
    }

    [Fact]
    public void TwoFormsStackedOnOneSheet_StayInOneGridWithTheirRealRows()
    {
        var book = new TestXlsx();
        var sheet = book.AddSheet("汇总");
        foreach (int top in new[] { 1, 9 })
        {
            sheet.Shared($"A{top}", "项目支出绩效自评表").Merge($"A{top}:H{top}")
                .Shared($"A{top + 1}", "项目名称").Shared($"C{top + 1}", top == 1 ? "宣传交流工作经费" : "外事培训费").Merge($"C{top + 1}:H{top + 1}")
                .Shared($"A{top + 2}", "年度资金总额").Number($"E{top + 2}", "11").Number($"F{top + 2}", "1.7")
                .Formula($"G{top + 2}", $"F{top + 2}/E{top + 2}", "0.15454545454545454", TestXlsx.Percent2);
        }

        var grid = Only(Read(book));

        Assert.Equal(11, grid.Rows.Count);
        Assert.Equal("外事培训费", At(grid, "H10").Text);
        Assert.Equal("C10", At(grid, "H10").Origin.A1);
        Assert.All(grid.Rows[5].Cells.Concat(grid.Rows[6].Cells), c => Assert.Equal("", c.Text));
        Assert.Equal("15.45%", At(grid, "G11").Text);
    }
}
