using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Recognition;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Recognition.GridBuilder;

namespace PerfEval.Tests.Recognition;

/// <summary>Forms anywhere on a sheet, several in any arrangement, and Word tables continued across a page break.</summary>
public sealed class PlacementTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    static string[][] Titled(string project) =>
        new[] { LayoutFiles.Across("项目支出绩效自评表", 9), LayoutFiles.Across("（2021年度）", 9) }.Concat(NationalRows(project)).ToArray();

    FileResult Sheet(params (string[][] Rows, int Top, int Left)[] forms)
    {
        var book = new TestXlsx();
        var sheet = book.AddSheet("自评表");
        foreach (var (rows, top, left) in forms) LayoutFiles.Place(sheet, rows, top, left);
        return new Checker().Check(book.Write(_dir.File("forms.xlsx")));
    }

    static void Clean(FileResult file, params string[] projects)
    {
        Assert.Equal(projects, file.Forms.Select(f => f.Form.Project.Text));
        Assert.All(file.Forms, r =>
        {
            Assert.Equal(2021, r.Form.Year);
            Assert.Equal(6, r.Form.Indicators.Count);
            Assert.Equal(100m, r.Form.StatedTotal.Value);
            Assert.Empty(r.Findings);
        });
    }

    [Fact]
    public void A_form_far_from_the_top_left_corner()
    {
        var file = Sheet((Titled("甲项目"), 7, 4));
        Clean(file, "甲项目");
        Assert.Equal("自评表!E9", file.Forms[0].Form.Project.Ref!.ToString());
    }

    [Fact]
    public void Two_forms_side_by_side()
    {
        Clean(Sheet((Titled("甲项目"), 1, 1), (Titled("乙项目"), 1, 11)), "甲项目", "乙项目");
    }

    [Fact]
    public void Four_forms_two_by_two_at_uneven_heights()
    {
        Clean(Sheet((Titled("甲项目"), 1, 1), (Titled("乙项目"), 3, 12), (Titled("丙项目"), 26, 1), (Titled("丁项目"), 30, 12)),
            "甲项目", "丙项目", "乙项目", "丁项目");
    }

    [Fact]
    public void A_Word_table_continued_after_a_page_break_without_its_header_stays_one_form()
    {
        var rows = NationalRows();
        var path = LayoutFiles.Docx(_dir.File("split.docx"), TitlePreamble[0], TitlePreamble[1], rows.Take(13).ToArray(), rows.Skip(13).ToArray());
        var r = Assert.Single(new Checker().Check(path).Forms);
        Assert.Equal(6, r.Form.Indicators.Count);
        Assert.Equal(100m, r.Form.StatedTotal.Value);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void A_Word_table_continued_with_its_header_repeated_stays_one_form()
    {
        var rows = NationalRows();
        var path = LayoutFiles.Docx(_dir.File("split.docx"), TitlePreamble[0], TitlePreamble[1], rows.Take(13).ToArray(),
            new[] { rows[9] }.Concat(rows.Skip(13)).ToArray());
        var r = Assert.Single(new Checker().Check(path).Forms);
        Assert.Equal(6, r.Form.Indicators.Count);
        Assert.Empty(r.Findings);
    }

    /// <summary>
    /// Two forms side by side under one title and one year line, each merged
    /// across both: the right-hand form shares them, as a reader of the page does.
    /// </summary>
    [Theory]
    [InlineData("docx", true)]
    [InlineData("docx", false)]
    [InlineData("xlsx", true)]
    [InlineData("xlsx", false)]
    public void Two_forms_side_by_side_under_one_title_and_year_both_have_the_year(string kind, bool gap)
    {
        var body = NationalRows("甲项目").Zip(NationalRows("乙项目"), (a, b) => gap ? a.Append("").Concat(b).ToArray() : a.Concat(b).ToArray()).ToArray();
        int width = body.Max(r => r.Length);
        var rows = new[] { LayoutFiles.Across("项目支出绩效自评表", width), LayoutFiles.Across("（2021年度）", width) }.Concat(body).ToArray();
        var path = _dir.File("shared-title." + kind);
        if (kind == "docx") LayoutFiles.Docx(path, (object)rows); else LayoutFiles.Xlsx(path, rows);
        Clean(new Checker().Check(path), "甲项目", "乙项目");
    }

    /// <summary>Two forms side by side, row by row, with or without an empty column between.</summary>
    static string[][] SideBySide(string left, string right, bool gap) =>
        Titled(left).Zip(Titled(right), (a, b) => gap ? a.Append("").Concat(b).ToArray() : a.Concat(b).ToArray()).ToArray();

    [Theory]
    [InlineData("docx", true)]
    [InlineData("docx", false)]
    [InlineData("xlsx", false)]
    public void Two_forms_side_by_side_in_one_table_each_keep_their_numbers(string kind, bool gap)
    {
        var rows = SideBySide("甲项目", "乙项目", gap);
        // The right form spends less: its numbers must not be the left one's.
        int right = gap ? 10 : 9;
        rows[5][right + 5] = "9";
        rows[5][right + 7] = "90%";
        rows[5][right + 8] = "9";
        rows[6][right + 5] = "9";
        rows[6][right + 7] = "90%";
        rows[6][right + 8] = "9";
        rows[19][right + 7] = "99";
        rows[10][right + 5] = "当年实际执行9万元";
        var path = _dir.File("side." + kind);
        if (kind == "docx") LayoutFiles.Docx(path, (object)rows); else LayoutFiles.Xlsx(path, rows);
        var file = new Checker().Check(path);
        Assert.Equal(new[] { "甲项目", "乙项目" }, file.Forms.Select(f => f.Form.Project.Text));
        Assert.Equal(10m, file.Forms[0].Form.FundingTotal!.Executed.Value);
        Assert.Equal(9m, file.Forms[1].Form.FundingTotal!.Executed.Value);
        Assert.Equal(100m, file.Forms[0].Form.StatedTotal.Value);
        Assert.Equal(99m, file.Forms[1].Form.StatedTotal.Value);
        Assert.All(file.Forms, r =>
        {
            Assert.Equal(2021, r.Form.Year);
            Assert.Equal(6, r.Form.Indicators.Count);
            Assert.Empty(r.Findings);
        });
    }
}
