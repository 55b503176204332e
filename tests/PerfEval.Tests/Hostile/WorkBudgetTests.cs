using PerfEval.Pipeline;
using PerfEval.Readers;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// The per-file work budget (docs/security.md, "Limits"), at its default
/// numbers: a file exactly at each bound is read, one unit past it is
/// refused with the bound's own message.
/// </summary>
public sealed class WorkBudgetTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    static string Tables(params int[] spans) => string.Concat(spans.Select(s =>
        TestDocx.Table(1, TestDocx.Row(TestDocx.Cell("x", TestDocx.Span(s)))) + "<w:p/>"));

    [Fact]
    public void Grid_positions_summed_over_a_documents_tables_stop_at_the_file_limit()
    {
        const int half = ReaderLimits.DefaultMaxCellsPerFile / 2;
        var at = TestDocx.Write(_dir.File("at.docx"), Tables(half, half));
        Assert.Equal(2, new WordReader().Read(at).Grids.Count);

        var past = TestDocx.Write(_dir.File("past.docx"), Tables(half, half + 1));
        BadFiles.AssertUnreadable(new WordReader(), past, "单元格总数超过每个文件 1,000,000 个");
    }

    [Fact]
    public void Grid_positions_summed_over_a_workbooks_sheets_stop_at_the_file_limit()
    {
        // ALL1000 is column 1000, row 1000: each sheet is a million positions, the whole budget.
        var at = _dir.File("at.xlsx");
        RoundTwo.FarCells(at, 1, "ALL1000");
        Assert.Single(new XlsxReader().Read(at).Grids);

        var past = _dir.File("past.xlsx");
        var book = new TestXlsx();
        book.AddSheet("S1").Inline("ALL1000", "x");
        book.AddSheet("S2").Inline("A1", "x");
        book.Write(past);
        BadFiles.AssertUnreadable(new XlsxReader(), past, "单元格总数超过每个文件");
    }

    [Fact]
    public void Tables_per_file_stop_at_the_limit()
    {
        int max = ReaderLimits.DefaultMaxGridsPerFile;
        var at = TestDocx.Write(_dir.File("at.docx"), Tables(Enumerable.Repeat(1, max).ToArray()));
        Assert.Equal(max, new WordReader().Read(at).Grids.Count);

        var past = TestDocx.Write(_dir.File("past.docx"), Tables(Enumerable.Repeat(1, max + 1).ToArray()));
        BadFiles.AssertUnreadable(new WordReader(), past, "表格或工作表超过 10,000 个");
    }

    [Fact]
    public void Merged_area_summed_over_overlapping_ranges_stops_at_the_limit()
    {
        // A1:J50000 is 500,000 cells: twice is exactly the budget (the grid itself is half of it).
        var at = _dir.File("at.xlsx");
        RoundTwo.Merges(at, 2, "A1:J50000");
        var grid = Assert.Single(new XlsxReader().Read(at).Grids);
        Assert.Equal("项目名称", grid.Rows[49_999].Cells[9].Text);

        var past = _dir.File("past.xlsx");
        var book = new TestXlsx();
        book.AddSheet("表1").Inline("A1", "项目名称").Merge("A1:J50000").Merge("A1:J50000").Merge("A1:B1");
        book.Write(past);
        BadFiles.AssertUnreadable(new XlsxReader(), past, "合并单元格覆盖的单元格总数超过 1,000,000 个");
    }

    [Fact]
    public void Characters_summed_over_cells_stop_at_the_file_limit()
    {
        // 100 cells of 100,000 characters (the per-cell cap) are exactly ten million.
        var cell = TestDocx.Cell(new string('经', ReaderLimits.DefaultMaxCellChars));
        var at = TestDocx.Write(_dir.File("at.docx"), TestDocx.Table(100, TestDocx.Row(Enumerable.Repeat(cell, 100).ToArray())));
        Assert.Equal(100, new WordReader().Read(at).Grids[0].Rows[0].Cells.Count);

        var past = TestDocx.Write(_dir.File("past.docx"),
            TestDocx.Table(101, TestDocx.Row(Enumerable.Repeat(cell, 100).Append(TestDocx.Cell("x")).ToArray())));
        BadFiles.AssertUnreadable(new WordReader(), past, "文字总量超过每个文件 10,000,000 个字符");
    }

    [Fact]
    public void A_shared_string_counts_once_per_cell_that_shows_it()
    {
        // 100 cells showing one 100,000-character string: the budget exactly (the table's own copy is charged too, so 99).
        var at = _dir.File("at.xlsx");
        RoundTwo.SharedFanOut(at, 99, ReaderLimits.DefaultMaxCellChars);
        var grid = Assert.Single(new XlsxReader().Read(at).Grids);
        // Stored once: every cell holds the same string instance.
        Assert.Same(grid.Rows[0].Cells[0].Text, grid.Rows[0].Cells[98].Text);

        var past = _dir.File("past.xlsx");
        RoundTwo.SharedFanOut(past, 100, ReaderLimits.DefaultMaxCellChars);
        BadFiles.AssertUnreadable(new XlsxReader(), past, "文字总量超过");
    }

    [Fact]
    public void Merges_with_absolute_references_are_merges()
    {
        var path = _dir.File("abs.xlsx");
        var book = new TestXlsx();
        book.AddSheet("表1").Inline("A1", "项目名称").Merge("$A$1:$B$2");
        book.Write(path);
        var grid = Assert.Single(new XlsxReader().Read(path).Grids);
        Assert.Equal("项目名称", grid.Rows[1].Cells[1].Text);
        Assert.Equal(1, grid.Rows[1].Cells[1].Origin.Row);
    }

    [Fact]
    public void A_file_past_the_budget_is_a_finding_and_the_checker_goes_on()
    {
        var path = TestDocx.Write(_dir.File("spans.docx"), RoundTwo.Spans(100, 1_000_000));
        var result = new Checker().Check(path);
        Assert.Equal("PE001", Assert.Single(result.Findings).Rule);
    }
}
