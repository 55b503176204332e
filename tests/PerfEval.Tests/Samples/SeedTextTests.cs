using PerfEval.Samples;

namespace PerfEval.Tests.Samples;

public class SeedTextTests
{
    private static readonly IReadOnlyList<SeedForm> Forms = SeedText.LoadDefault();

    private static List<string> TotalRow(SeedForm form) =>
        form.Rows.Single(r => RowLabels.Squash(r[0]) == "总分");

    private static IEnumerable<List<string>> RowsOf(SeedForm form, RowKind kind)
    {
        var kinds = RowLabels.Classify(form.Rows);
        return form.Rows.Where((_, i) => kinds[i] == kind);
    }

    [Fact]
    public void Seed_has_twelve_forms_with_their_project_names_in_order()
    {
        string[] expected =
        [
            "宣传交流工作经费", "驻村帮扶工作人员经费", "赴台工作经费", "因公出国（境）费", "公益二类事业单位政府购买服务", "对台工作特费",
            "残疾人就业保障金", "两节慰问费", "专项事务工作经费", "外事培训费", "外事接待费", "外事宣传费",
        ];
        Assert.Equal(expected, Forms.Select(f => f.Project));
    }

    [Fact]
    public void Stated_totals_are_read_as_written()
    {
        string[] expected = ["47.84", "69", "0", "", "100", "72.13", "100", "0", "99.38", "72.35", "72.45", "87.4"];
        Assert.Equal(expected, Forms.Select(f => TotalRow(f)[2]));
        Assert.All(Forms, f => Assert.Equal("100", TotalRow(f)[1]));
    }

    [Fact]
    public void Title_and_year_line_become_paragraph_texts_not_rows()
    {
        Assert.All(Forms, f =>
        {
            Assert.Equal("项目支出绩效自评表", f.Title);
            Assert.Equal("填列单位（公章）：                （ 2021   年度）", f.YearLine);
            Assert.DoesNotContain(f.Rows, r => r.Count == 1);
            Assert.Equal("项目名称", f.Rows[0][0]);
        });
    }

    [Fact]
    public void Every_indicator_row_has_nine_cells_and_the_split_row_is_rejoined()
    {
        Assert.All(Forms, f => Assert.All(RowsOf(f, RowKind.Indicator), r => Assert.Equal(9, r.Count)));
        var rejoined = Forms[0].Rows.Single(r => r.Count > 3 && r[3].StartsWith("指标2：是否按预定进度完成"));
        Assert.Equal(["", "", "", "指标2：是否按预定进度完成", "是", "是", "5", "5", ""], rejoined);
        Assert.Equal(12, RowsOf(Forms[0], RowKind.Indicator).Count());
    }

    [Fact]
    public void Texts_keep_their_spaces_and_line_breaks()
    {
        var form = Forms[0];
        Assert.Contains(form.Rows, r => r.Count == 8 && r[1] == "      上年结转资金");
        Assert.Contains(form.Rows, r => r.Count == 8 && r[1] == "  其他资金");
        Assert.Equal("项目资金\n（万元）", RowsOf(form, RowKind.FundingHeader).Single()[0]);
        var header = RowsOf(form, RowKind.IndicatorHeader).Single();
        Assert.Equal("绩\n效\n指\n标", header[0]);
        Assert.Equal("年度\n\n指标值", header[4]);
        Assert.Equal("实际\n\n完成值", header[5]);
        Assert.Contains(RowsOf(form, RowKind.Indicator), r => r[2] == "社会效益\n\n指标");
        Assert.Equal("15.45", RowsOf(form, RowKind.Funding).First()[6]);
        Assert.Equal("—", RowsOf(form, RowKind.Funding).Last()[5]);
    }

    [Fact]
    public void Short_rows_are_padded_and_trailing_empty_lines_dropped()
    {
        const string text =
            "附件1\n\n\t项目支出绩效自评表\n\n\t填列单位：（ 2021 年度）\n\n\t项目名称\n\tX\n\n" +
            "\t年度总体目标\n\t预期目标\n\t实际完成情况\n\n\t\n\t只有预期目标\n\n" +
            "\t绩\n效\n指\n标\n\t一级指标\n\t二级指标\n\t三级指标\n\t年度\n\n指标值\n\t实际\n\t分值\n\t得分\n\t偏差\n\n" +
            "\t\n\t产出指标\n\t数量指标\n\t名称\n\n\t5次\n\t4次\n\t5\n\t4\n\t\n\n" +
            "\t\n\t\n\t\n\t只有名称\n\n\t总分\n\t100\n\t4\n\n\n";
        var form = Assert.Single(SeedText.Parse(text));
        Assert.Equal("X", form.Project);
        Assert.Equal("填列单位：（ 2021 年度）", form.YearLine);
        Assert.Equal(["", "只有预期目标", ""], form.Rows[2]);
        Assert.Equal(["", "产出指标", "数量指标", "名称", "5次", "4次", "5", "4", ""], form.Rows[4]);
        Assert.Equal(["", "", "", "只有名称", "", "", "", "", ""], form.Rows[5]);
        Assert.Equal(["总分", "100", "4", ""], form.Rows[6]);
    }

    [Fact]
    public void Clone_does_not_share_rows()
    {
        var copy = Forms[0].Clone();
        copy.Rows[0][1] = "改过的名称";
        Assert.Equal("改过的名称", copy.Project);
        Assert.Equal("宣传交流工作经费", Forms[0].Project);
    }
}
