using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Grid;
using PerfEval.Readers;
using static PerfEval.Tests.Readers.TestDocx;

namespace PerfEval.Tests.Readers;

public sealed class WordReaderTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    SourceDocument ReadBody(string body) => new WordReader().Read(Write(temp.File("t.docx"), body));

    static GridCell At(CellGrid grid, int row, int col) => grid.Rows[row - 1].Cells[col - 1];

    static string[] Texts(GridRow row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void VerticalMerge_RestartThenValuelessAndExplicitContinue_CarriesTextAndOriginDown()
    {
        var doc = ReadBody(Table(3,
            Row(Cell("产出指标", VRestart), Cell("数量指标"), Cell("5次")),
            Row(Cell("", VContinue), Cell("质量指标"), Cell("100%")),
            Row(Cell("", "<w:vMerge w:val=\"continue\"/>"), Cell("时效指标"), Cell("全年")),
            Row(Cell("效益指标"), Cell("社会效益指标"), Cell("是"))));

        var grid = Assert.Single(doc.Grids);
        var top = new CellRef(1, 1, 1);
        Assert.Equal(top, At(grid, 1, 1).Origin);
        Assert.True(At(grid, 1, 1).IsOrigin);
        for (int row = 2; row <= 3; row++)
        {
            Assert.Equal("产出指标", At(grid, row, 1).Text);
            Assert.Equal(top, At(grid, row, 1).Origin);
            Assert.Equal(new CellRef(1, row, 1), At(grid, row, 1).Ref);
            Assert.True(At(grid, row, 1).IsVerticalCopy);
        }
        Assert.Equal("效益指标", At(grid, 4, 1).Text);
        Assert.True(At(grid, 4, 1).IsOrigin);
        Assert.Equal(new[] { "产出指标", "时效指标", "全年" }, Texts(grid.Rows[2]));
    }

    [Fact]
    public void GridSpan_RepeatsTextWithTheLeftmostCellAsOrigin()
    {
        var doc = ReadBody(Table(4,
            Row(Cell("项目名称"), Cell("宣传交流工作经费", Span(3))),
            Row(Cell("a"), Cell("b"), Cell("c"), Cell("d"))));

        var grid = doc.Grids[0];
        Assert.Equal(new[] { "项目名称", "宣传交流工作经费", "宣传交流工作经费", "宣传交流工作经费" }, Texts(grid.Rows[0]));
        for (int col = 2; col <= 4; col++)
            Assert.Equal(new CellRef(1, 1, 2), At(grid, 1, col).Origin);
        Assert.True(At(grid, 1, 3).IsHorizontalCopy);
        Assert.Equal(2, grid.Rows[0].Distinct.Count());
    }

    [Fact]
    public void GridBeforeAndShortRows_ShiftToGridColumnsAndPadWithEmptyCells()
    {
        var doc = ReadBody(Table(4,
            RowWith("<w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/>", Cell("x"), Cell("y")),
            Row(Cell("only")),
            Row(Cell("1"), Cell("2"), Cell("3"), Cell("4"), Cell("5"))));

        var grid = doc.Grids[0];
        // The widest row (5 cells) wins over a 4-column tblGrid.
        Assert.All(grid.Rows, r => Assert.Equal(5, r.Cells.Count));
        Assert.Equal(new[] { "", "x", "y", "", "" }, Texts(grid.Rows[0]));
        Assert.Equal(new CellRef(1, 1, 2), At(grid, 1, 2).Ref);
        Assert.Equal(At(grid, 1, 1).Ref, At(grid, 1, 1).Origin);
        Assert.Equal(new[] { "only", "", "", "", "" }, Texts(grid.Rows[1]));
        Assert.Equal(At(grid, 2, 4).Ref, At(grid, 2, 4).Origin);
    }

    [Fact]
    public void MergeSpanningBothWays_FillsEveryPositionFromTheTopLeft()
    {
        var doc = ReadBody(Table(3,
            Row(Cell("项目资金（万元）", Span(2) + VRestart), Cell("年初预算数")),
            Row(Cell("", Span(2) + VContinue), Cell("11")),
            Row(Cell("年度资金总额"), Cell("x"), Cell("y"))));

        var grid = doc.Grids[0];
        var origin = new CellRef(1, 1, 1);
        foreach (var (row, col) in new[] { (1, 1), (1, 2), (2, 1), (2, 2) })
        {
            Assert.Equal("项目资金（万元）", At(grid, row, col).Text);
            Assert.Equal(origin, At(grid, row, col).Origin);
        }
        Assert.Equal("11", At(grid, 2, 3).Text);
        Assert.True(At(grid, 2, 3).IsOrigin);
    }

    [Fact]
    public void TrackedChanges_ReadAsPrinted()
    {
        const string cell =
            "<w:p><w:r><w:t>执行</w:t></w:r>" +
            "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>1.5</w:delText></w:r></w:del>" +
            "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>1.7</w:t></w:r></w:ins>" +
            "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>" +
            "<w:moveTo w:id=\"4\" w:author=\"a\"><w:r><w:t>万元</w:t></w:r></w:moveTo></w:p>";
        var doc = ReadBody(Table(1,
            Row(CellXml(cell)),
            RowWith("<w:del w:id=\"5\" w:author=\"a\"/>", Cell("删除的行")),
            Row(Cell("最后"))));

        var grid = doc.Grids[0];
        Assert.Equal("执行1.7万元", At(grid, 1, 1).Text);
        Assert.Equal(2, grid.Rows.Count);
        Assert.Equal("最后", At(grid, 2, 1).Text);
        Assert.Equal(2, At(grid, 2, 1).Ref.Row);
    }

    [Fact]
    public void Fields_KeepOnlyResultsAndSimpleFieldContent()
    {
        const string complex =
            "<w:p><w:r><w:t xml:space=\"preserve\">第</w:t></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r></w:p>";
        const string codeOnly =
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:t>CODE TEXT</w:t></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>可见</w:t></w:r></w:p>";
        const string simple =
            "<w:p><w:fldSimple w:instr=\" DOCPROPERTY Company \"><w:r><w:t>某某局</w:t></w:r></w:fldSimple></w:p>";

        var grid = ReadBody(Table(3, Row(CellXml(complex), CellXml(codeOnly), CellXml(simple)))).Grids[0];

        Assert.Equal(new[] { "第3页", "可见", "某某局" }, Texts(grid.Rows[0]));
    }

    [Fact]
    public void ContentControls_AroundTableRowCellAndRun_AreTransparent()
    {
        string Sdt(string content) => $"<w:sdt><w:sdtPr><w:alias w:val=\"x\"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>";
        var runSdt = $"<w:p>{Run("金额：")}{Sdt(Run("11"))}{Run("万元")}</w:p>";
        var table = Table(2,
            Sdt(Row(Cell("a1"), Cell("b1"))),
            Row(Sdt(Cell("a2")), CellXml(runSdt)),
            Row(CellXml(Sdt(P("a3"))), Cell("b3")));

        var doc = ReadBody(P("标题") + Sdt(table));

        var grid = Assert.Single(doc.Grids);
        Assert.Equal(new[] { "标题" }, grid.Preamble);
        Assert.Equal(new[] { "a1", "b1" }, Texts(grid.Rows[0]));
        Assert.Equal(new[] { "a2", "金额：11万元" }, Texts(grid.Rows[1]));
        Assert.Equal(new[] { "a3", "b3" }, Texts(grid.Rows[2]));
    }

    [Fact]
    public void CustomXmlHyperlinkAndSmartTag_AreTransparent()
    {
        var cell =
            $"<w:customXml w:element=\"block\"><w:p><w:customXml w:element=\"inline\">{Run("项目")}</w:customXml>" +
            $"<w:hyperlink r:id=\"rId99\" w:history=\"1\">{Run("名称")}</w:hyperlink>" +
            $"<w:smartTag w:uri=\"u\" w:element=\"e\">{Run("：经费")}</w:smartTag></w:p></w:customXml>";
        var body = $"<w:customXml w:element=\"t\">{Table(1, Row(CellXml(cell)))}</w:customXml>";

        var grid = Assert.Single(ReadBody(body).Grids);

        Assert.Equal("项目名称：经费", At(grid, 1, 1).Text);
    }

    [Fact]
    public void NestedTables_StayOutOfTheParentCellAndFollowItAsOwnGrids()
    {
        var inner2 = Table(1, Row(Cell("最深")));
        var inner1 = Table(2, Row(Cell("内1"), CellXml(P("内2") + inner2 + P(""))), Row(Cell("内3"), Cell("内4")));
        var other = Table(1, Row(Cell("另一个")));
        var parent = Table(2,
            Row(CellXml(P("上") + inner1 + P("下")), Cell("b1")),
            Row(Cell("a2"), CellXml(other + P(""))));

        var doc = ReadBody(parent + P("段落") + Table(1, Row(Cell("表二"))));

        Assert.Equal(new[] { "表1", "表1-1", "表1-2", "表1-3", "表2" }, doc.Grids.Select(g => g.Name));
        var top = doc.Grids[0];
        Assert.Equal(2, top.Rows.Count);
        Assert.Equal(new[] { "上\n下", "b1" }, Texts(top.Rows[0]));
        Assert.Equal(new[] { "a2", "" }, Texts(top.Rows[1]));

        var n1 = doc.Grids[1];
        Assert.Equal(1, n1.Table);
        Assert.Equal(new[] { "内1", "内2" }, Texts(n1.Rows[0]));
        Assert.Equal(new CellRef(1, 2, 2), At(n1, 2, 2).Ref);
        Assert.Equal("最深", At(doc.Grids[2], 1, 1).Text);
        Assert.Equal("另一个", At(doc.Grids[3], 1, 1).Text);
        Assert.Empty(doc.Grids[1].Preamble);
        Assert.Equal(new[] { "段落" }, doc.Grids[4].Preamble);
        Assert.Equal(2, doc.Grids[4].Table);
    }

    [Fact]
    public void SeveralTables_EachGetTheParagraphsAboveAsPreamble()
    {
        var body =
            P("项目支出绩效自评表") + P("") + P("填列单位（公章）：某局   （2021年度）") +
            Table(1, Row(Cell("项目名称"))) +
            P("  ") + P("项目支出绩效自评表") +
            Table(1, Row(Cell("项目名称"))) +
            Table(1, Row(Cell("项目名称"))) +
            P("落款") + "<w:sectPr/>";

        var doc = ReadBody(body);

        Assert.Equal(3, doc.Grids.Count);
        Assert.Equal(new[] { "项目支出绩效自评表", "填列单位（公章）：某局   （2021年度）" }, doc.Grids[0].Preamble);
        Assert.Equal(new[] { "项目支出绩效自评表" }, doc.Grids[1].Preamble);
        Assert.Empty(doc.Grids[2].Preamble);
        Assert.Equal(new[] { "表1", "表2", "表3" }, doc.Grids.Select(g => g.Name));
        Assert.Equal(new[] { 1, 2, 3 }, doc.Grids.Select(g => g.Table));
        Assert.All(doc.Grids, g => Assert.Null(g.Sheet));
    }

    [Fact]
    public void CellText_JoinsParagraphsAndMapsBreaksTabsAndHyphens()
    {
        var cell =
            P("指标2：是否按") + "<w:p/>" + P("预定进度完成") +
            "<w:p><w:r><w:t>年度</w:t><w:br/><w:t>指标值</w:t><w:cr/><w:t>a</w:t><w:tab/><w:t>b</w:t>" +
            "<w:noBreakHyphen/><w:t>c</w:t><w:softHyphen/><w:t>d&#13;&#10;e</w:t></w:r></w:p>";
        var padded = "<w:p><w:r><w:t xml:space=\"preserve\">\u00A0 两端空白 \u00A0</w:t></w:r></w:p>";

        var grid = ReadBody(Table(2, Row(CellXml(cell), CellXml(padded)))).Grids[0];

        Assert.Equal("指标2：是否按\n\n预定进度完成\n年度\n指标值\na\tb-cd\ne", At(grid, 1, 1).Text);
        Assert.Equal("两端空白", At(grid, 1, 2).Text);
    }

    [Fact]
    public void PropertiesDrawingsAndAlternateContent_DoNotLeakText()
    {
        var cell =
            "<w:p><w:pPr><w:rPr><w:t>不该出现</w:t></w:rPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>正文</w:t></w:r>" +
            "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>选项</w:t></w:r></mc:Choice>" +
            "<mc:Fallback><w:r><w:t>备用</w:t></w:r></mc:Fallback></mc:AlternateContent>" +
            "<w:r><w:footnoteReference w:id=\"1\"/><w:drawing><w:t>图</w:t></w:drawing></w:r></w:p>";

        var grid = ReadBody(Table(1, Row(CellXml(cell)))).Grids[0];

        Assert.Equal("正文备用", At(grid, 1, 1).Text);
    }

    [Fact]
    public void DocumentWrittenWithTypedSdkObjects_ReadsLikeWordOutput()
    {
        var path = temp.File("typed.docx");
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            TableCell TypedCell(string text, MergedCellValues? merge = null)
            {
                var props = new TableCellProperties();
                if (merge is { } m)
                    props.Append(new VerticalMerge { Val = m });
                return new TableCell(props, new Paragraph(new Run(new Text(text))));
            }
            var table = new Table(
                new TableGrid(new GridColumn(), new GridColumn()),
                new TableRow(TypedCell("绩效指标", MergedCellValues.Restart), TypedCell("产出指标")),
                new TableRow(new TableCell(new TableCellProperties(new VerticalMerge()), new Paragraph()), TypedCell("效益指标")));
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("项目支出绩效自评表"))), table, new Paragraph()));
            main.Document.Save();
        }

        var grid = Assert.Single(new WordReader().Read(path).Grids);

        Assert.Equal(new[] { "项目支出绩效自评表" }, grid.Preamble);
        Assert.Equal(new[] { "绩效指标", "效益指标" }, Texts(grid.Rows[1]));
        Assert.Equal(new CellRef(1, 1, 1), At(grid, 2, 1).Origin);
    }

    [Fact]
    public void StrictOoxmlNamespace_ReadsLikeTransitional()
    {
        const string xml =
            "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body><w:tbl>" +
            "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>产出指标</w:t></w:r></w:p></w:tc></w:tr>" +
            "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>";

        var grid = Assert.Single(new WordReader().Read(WriteDocumentXml(temp.File("strict.docx"), xml)).Grids);

        Assert.Equal("产出指标", At(grid, 2, 1).Text);
        Assert.Equal(new CellRef(1, 1, 1), At(grid, 2, 1).Origin);
    }

    [Fact]
    public void LargeTable_FiveThousandRows_ReadsEveryRow()
    {
        var rows = new System.Text.StringBuilder();
        for (int i = 1; i <= 5000; i++)
        {
            string merge = i % 10 == 1 ? VRestart : VContinue;
            rows.Append(Row(Cell(i % 10 == 1 ? $"组{i / 10}" : "", merge), Cell($"行{i}"), Cell((i * 0.5m).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var grid = ReadBody(Table(3, rows.ToString())).Grids[0];

        Assert.Equal(5000, grid.Rows.Count);
        Assert.Equal(new[] { "组499", "行4999", "2499.5" }, Texts(grid.Rows[4998]));
        Assert.Equal(new CellRef(1, 4991, 1), At(grid, 5000, 1).Origin);
        Assert.Equal(5000, grid.Rows[^1].Number);
    }
}
