using PerfEval.Readers.Legacy;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Legacy.TestDoc;

namespace PerfEval.Tests.Legacy;

/// <summary>
/// Table structure LibreOffice never writes but Word and other programs do,
/// in .doc files written byte by byte (TestDoc): table flags that come only
/// from a paragraph's style, and horizontal merges made by sprmTMerge (and
/// undone by sprmTSplit) in a piece's property modifier.
/// </summary>
public sealed class DocStructureTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    PerfEval.Grid.SourceDocument Read(TestDoc doc) =>
        new DocReader().Read(_dir.Bytes(Guid.NewGuid().ToString("N") + ".doc", doc.Build()));

    static TestDoc TwoCells(byte[][] styleSprms) => new TestDoc()
        .Style()                 // 0: Normal
        .Style(styleSprms)       // 1: the style of the cells' paragraphs
        .Para("项目名称\r")
        .Para("甲\x07", 1)
        .Para("乙\x07", 1)
        .Para("\x07", 0, RowEnd(1000, 1000))
        .Para("\r");

    [Fact]
    public void Cells_whose_table_flag_comes_from_their_style_are_a_table()
    {
        var doc = Read(TwoCells(new[] { On(PFInTable) }));

        var grid = Assert.Single(doc.Grids);
        Assert.Equal(new[] { "项目名称" }, grid.Preamble);
        Assert.Equal(new[] { "甲", "乙" }, Assert.Single(grid.Rows).Cells.Select(c => c.Text));
    }

    [Fact]
    public void Without_the_style_flag_the_same_paragraphs_are_no_table_cells()
    {
        var doc = Read(TwoCells(Array.Empty<byte[]>()));

        Assert.DoesNotContain(doc.Grids.SelectMany(g => g.Rows).SelectMany(r => r.Cells), c => c.Text == "甲");
    }

    [Fact]
    public void A_paragraphs_own_flag_overrides_its_style()
    {
        var doc = new TestDoc()
            .Style()
            .Style(On(PFInTable))
            .Para("表前\r", 1, Sprm(PFInTable, 0)) // styled as in a table, but says it is not
            .Para("甲\x07", 1)
            .Para("\x07", 0, RowEnd(2000))
            .Para("\r");

        var grid = Assert.Single(Read(doc).Grids);
        Assert.Equal(new[] { "表前" }, grid.Preamble);
        Assert.Equal("甲", Assert.Single(Assert.Single(grid.Rows).Cells).Text);
    }

    static TestDoc ThreeByTwo(params byte[][] firstRowPrc) => new TestDoc()
        .Para("甲\x07", 0, On(PFInTable)).Para("乙\x07", 0, On(PFInTable)).Para("丙\x07", 0, On(PFInTable))
        .Para("\x07", 0, RowEnd(1000, 1000, 1000))
        .EndPiece(firstRowPrc)
        .Para("丁\x07", 0, On(PFInTable)).Para("戊\x07", 0, On(PFInTable)).Para("己\x07", 0, On(PFInTable))
        .Para("\x07", 0, RowEnd(1000, 1000, 1000))
        .Para("\r");

    [Fact]
    public void A_horizontal_merge_by_sprmTMerge_copies_the_first_cell()
    {
        var grid = Assert.Single(Read(ThreeByTwo(Sprm(TMerge, 0, 2))).Grids);

        var first = grid.Rows[0].Cells;
        Assert.Equal(new[] { "甲", "甲", "丙" }, first.Select(c => c.Text));
        Assert.True(first[1].IsHorizontalCopy);
        Assert.Equal(first[0].Ref, first[1].Origin);
        Assert.False(first[2].IsHorizontalCopy);
        Assert.Equal(new[] { "丁", "戊", "己" }, grid.Rows[1].Cells.Select(c => c.Text)); // the next piece has no merge
    }

    [Fact]
    public void A_merge_undone_by_sprmTSplit_leaves_the_cells_apart()
    {
        var grid = Assert.Single(Read(ThreeByTwo(Sprm(TMerge, 0, 3), Sprm(TSplit, 0, 3))).Grids);

        Assert.Equal(new[] { "甲", "乙", "丙" }, grid.Rows[0].Cells.Select(c => c.Text));
        Assert.All(grid.Rows[0].Cells, c => Assert.True(c.IsOrigin));
    }

    [Fact]
    public void A_merge_past_the_rows_cells_stops_at_its_last_cell()
    {
        var grid = Assert.Single(Read(ThreeByTwo(Sprm(TMerge, 1, 200))).Grids);

        Assert.Equal(new[] { "甲", "乙", "乙" }, grid.Rows[0].Cells.Select(c => c.Text));
    }
}
