using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Recognition.GridBuilder;

namespace PerfEval.Tests.Recognition;

/// <summary>
/// Headers split over two rows: a merged cell above its sub-columns
/// (预算执行情况 over 年初预算数 | 全年预算数 | 执行数, 年度指标值 and 实际完成值
/// over 数值 | 单位). Each sub-column's role comes from its own label or the
/// combined meaning of the two; the lower row is never read as data.
/// </summary>
public sealed class TwoRowHeaderTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A national form (11 columns) with both its funding and its indicator header over two rows.</summary>
    internal static string[][] TwoRowForm(string budgetOver = "预算执行情况") => new[]
    {
        LayoutFiles.Across("项目支出绩效自评表", 11),
        LayoutFiles.Across("（2024年度）", 11),
        new[] { "项目名称", "社区养老服务补助", "<", "<", "<", "<", "<", "<", "<", "<", "<" },
        new[] { "主管部门", "区民政局", "<", "<", "<", "实施单位", "<", "区养老服务指导中心", "<", "<", "<" },
        new[] { "项目资金\n（万元）", "资金来源", "<", budgetOver, "<", "<", "分值", "执行率", "得分", "备注", "<" },
        new[] { "^", "^", "<", "年初预算数", "全年预算数", "执行数", "^", "^", "^", "^", "<" },
        new[] { "^", "年度资金总额", "<", "120", "120", "114", "10", "95%", "9.5", "", "<" },
        new[] { "^", "其中：当年财政拨款", "<", "120", "120", "114", "—", "—", "—", "", "<" },
        new[] { "^", "上年结转资金", "<", "", "", "", "—", "—", "—", "", "<" },
        new[] { "^", "其他资金", "<", "", "", "", "—", "—", "—", "", "<" },
        new[] { "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "<", "实际完成值", "<", "分值", "得分", "偏差原因分析及改进措施" },
        new[] { "^", "^", "^", "^", "数值", "单位", "数值", "单位", "^", "^", "^" },
        new[] { "^", "产出指标", "数量指标", "服务老年人数", "≥500", "人次", "520", "人次", "30", "30", "" },
        new[] { "^", "^", "质量指标", "服务合格率", "≥95", "%", "98", "%", "20", "20", "" },
        new[] { "^", "效益指标", "社会效益指标", "居家养老覆盖率", "≥60", "%", "62", "%", "30", "30", "" },
        new[] { "^", "满意度指标", "服务对象满意度指标", "老年人满意度", "≥90", "%", "93", "%", "10", "10", "" },
        new[] { "总分", "<", "<", "<", "<", "<", "<", "<", "100", "99.5", "" },
    };

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Both_headers_over_two_rows_put_every_number_in_its_place(string kind)
    {
        var path = _dir.File("two." + kind);
        if (kind == "docx") LayoutFiles.Docx(path, (object)TwoRowForm()); else LayoutFiles.Xlsx(path, TwoRowForm());
        var r = Assert.Single(new Checker().Check(path).Forms);
        var f = r.Form;
        Assert.Equal(120m, f.FundingTotal!.Initial.Value);
        Assert.Equal(120m, f.FundingTotal.FullYear.Value);
        Assert.Equal(114m, f.FundingTotal.Executed.Value);
        Assert.Equal(10m, f.FundingTotal.Weight.Value);
        Assert.Equal(9.5m, f.FundingTotal.Score.Value);
        Assert.Equal(4, f.Indicators.Count);
        Assert.Equal("≥500人次", f.Indicators[0].Target.Raw);
        Assert.Equal("520人次", f.Indicators[0].Actual.Raw);
        Assert.Equal("98%", f.Indicators[1].Actual.Raw);
        Assert.Contains(f.Columns, c => c.Role == ColumnRole.Target && c.Label == "年度指标值/数值");
        Assert.Contains(f.Columns, c => c.Role == ColumnRole.Actual && c.Label == "实际完成值/数值");
        Assert.Contains(f.Columns, c => c.Role == ColumnRole.InitialBudget && c.Label == "年初预算数");
        Assert.Empty(f.Unread);
        Assert.Equal(99.5m, r.Score.RecomputedTotal);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void A_Word_table_continued_after_a_page_break_with_its_two_row_header_repeated_stays_one_form()
    {
        // The submitter broke the table after 服务合格率 and copied both header rows above the rest.
        var rows = TwoRowForm();
        var path = LayoutFiles.Docx(_dir.File("split.docx"), rows.Take(14).ToArray(), new[] { rows[10], rows[11] }.Concat(rows.Skip(14)).ToArray());
        var r = Assert.Single(new Checker().Check(path).Forms);
        Assert.Equal(4, r.Form.Indicators.Count);
        Assert.Equal("≥60%", r.Form.Indicators[2].Target.Raw);
        Assert.Equal("93%", r.Form.Indicators[3].Actual.Raw);
        Assert.Empty(r.Form.Unread);
        Assert.Equal(99.5m, r.Score.RecomputedTotal);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Dump_names_each_sub_column_by_its_combined_label_and_lower_cell()
    {
        var path = LayoutFiles.Docx(_dir.File("two.docx"), (object)TwoRowForm());
        var (exit, output, _) = PerfEval.Tests.Support.Perfeval.Run("dump", path);
        Assert.Equal(0, exit);
        var form = System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("forms")[0];
        var columns = form.GetProperty("columns").EnumerateArray()
            .Select(c => (c.GetProperty("block").GetString(), c.TryGetProperty("role", out var r) ? r.GetString() : null,
                c.GetProperty("label").GetString(), c.GetProperty("cell").GetString()))
            .ToList();
        Assert.Contains(("Indicators", "Target", "年度指标值/数值", "表1 第12行 第5列"), columns);
        Assert.Contains(("Indicators", "Actual", "实际完成值/数值", "表1 第12行 第7列"), columns);
        Assert.Contains(("Funding", "InitialBudget", "年初预算数", "表1 第6行 第4列"), columns);
        Assert.Empty(form.GetProperty("notUnderstood").EnumerateArray());
        Assert.Equal("≥500人次", form.GetProperty("indicators")[0].GetProperty("target").GetProperty("raw").GetString());
    }

    [Fact]
    public void A_parent_gives_its_meaning_to_a_sub_column_that_has_none()
    {
        // 执行数 over 金额 | 执行率: 金额 means an executed amount only with the cell above.
        var rows = new[]
        {
            new[] { "项目名称", "道路养护", "<", "<", "<", "<", "<", "<" },
            new[] { "项目资金（万元）", "", "预算数", "<", "执行数", "<", "分值", "得分" },
            new[] { "^", "^", "年初", "调整后", "金额", "执行率", "^", "^" },
            new[] { "^", "年度资金总额", "100", "110", "99", "90%", "10", "9" },
            new[] { "^", "其中：财政资金", "100", "110", "99", "90%", "—", "—" },
        };
        var f = Assert.Single(PerfEval.Recognition.FormRecognizer.Recognize(Doc(Table(1, Array.Empty<string>(), rows))));
        Assert.Equal(100m, f.FundingTotal!.Initial.Value);
        Assert.Equal(110m, f.FundingTotal.FullYear.Value);
        Assert.Equal(99m, f.FundingTotal.Executed.Value);
        Assert.Equal(90m, f.FundingTotal.Rate.Value);
        Assert.Contains(f.Columns, c => c.Role == ColumnRole.Executed && c.Label == "执行数/金额");
        Assert.Empty(f.Unread);
    }

    [Fact]
    public void A_sub_label_with_no_meaning_even_with_its_parent_is_named()
    {
        // 考核情况 over 数值 means nothing perfeval knows, even combined (its 单位 is still a unit).
        var rows = TwoRowForm();
        rows[10][6] = "考核情况";
        var f = Assert.Single(PerfEval.Recognition.FormRecognizer.Recognize(Doc(Table(1, Array.Empty<string>(), rows))));
        var u = Assert.Single(f.Unread);
        Assert.Equal("考核情况/数值", u.Label);
        Assert.Equal(new PerfEval.Grid.CellRef(1, 12, 7), u.Ref);
        Assert.Contains(new Checker().CheckForm(f).Findings, x => x.Rule == "PE006" && x.Message.Contains("考核情况/数值"));
    }

    [Fact]
    public void A_data_row_under_merged_cells_is_not_a_sub_header()
    {
        // The 年度总体目标 rows merge the same way above and below: they stay goals.
        var f = Assert.Single(PerfEval.Recognition.FormRecognizer.Recognize(Doc(Table(1, TitlePreamble, NationalRows()))));
        Assert.Equal("年初预算资金10万元", f.GoalExpected.Text);
        Assert.Equal(6, f.Indicators.Count);
    }
}
