using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Recognition;
using static PerfEval.Tests.Recognition.GridBuilder;

namespace PerfEval.Tests.Recognition;

public class RecognizerTests
{
    static Form One(params PerfEval.Grid.CellGrid[] grids) => Assert.Single(FormRecognizer.Recognize(Doc(grids)));

    [Fact]
    public void Reads_header_funding_goals_indicators_total_and_analysis()
    {
        var f = One(Table(1, TitlePreamble, NationalRows()));
        Assert.Equal("项目支出绩效自评表", f.Title);
        Assert.Equal(2021, f.Year);
        Assert.Equal("测试项目", f.Project.Text);
        Assert.Equal("测试部门", f.Department.Text);
        Assert.Equal("测试单位", f.Implementer.Text);
        Assert.Equal(10m, f.FundingTotal!.FullYear.Value);
        Assert.Equal(100m, f.FundingTotal.Rate.Value);
        Assert.True(f.FundingTotal.Rate.IsPercent);
        Assert.Equal(10m, f.Appropriation!.Executed.Value);
        Assert.True(f.CarryOver!.Weight.IsBlank);
        Assert.Equal("年初预算资金10万元", f.GoalExpected.Text);
        Assert.Equal("当年实际执行10万元", f.GoalActual.Text);
        Assert.Equal(6, f.Indicators.Count); // the placeholder 指标2： is skipped
        Assert.Equal(100m, f.StatedTotal.Value);
        Assert.Equal(100m, f.TotalWeight.Value);
        Assert.Equal("按计划完成", f.Analysis["产出情况及分析"].Text);
        Assert.Equal("做法", f.Analysis["主要经验做法"].Text);
        var cost = f.Indicators[3];
        Assert.Equal("成本指标", cost.Level2);
        Assert.Equal(8m, cost.Target.Number);
        Assert.Equal("万", cost.Target.Unit);
        Assert.Equal(new PerfEval.Grid.CellRef(1, 14, 8), cost.Score.Ref);
    }

    [Fact]
    public void The_level1_of_a_row_comes_from_its_level2_even_when_the_level1_cell_carries_another()
    {
        // Real forms leave 一级 blank over 效益 rows, so the merged 产出指标 carries down.
        var f = One(Table(1, TitlePreamble, NationalRows(level1Benefit: "^")));
        var benefit = f.Indicators.Single(i => i.Name.Contains("群众认可度"));
        Assert.Equal("产出指标", benefit.Level1Label);
        Assert.Equal(Level1.Benefit, benefit.Level1);
        Assert.Equal(Level1.Satisfaction, f.Indicators.Last().Level1);
    }

    [Theory]
    [InlineData("本年财政拨款")]
    [InlineData("其中:当年财政拨款")]
    [InlineData("  其中： 本年财政拨款 ")]
    public void Funding_label_variants_are_recognized(string label)
    {
        var f = One(Table(1, TitlePreamble, NationalRows(appropriationLabel: label)));
        Assert.NotNull(f.Appropriation);
        Assert.Equal(10m, f.Appropriation!.Initial.Value);
    }

    [Theory]
    [InlineData("年度指标值")]
    [InlineData("年 度\n指标值")]
    [InlineData("年度目标值")]
    [InlineData("指标值")]
    public void Target_header_variants_are_recognized(string header)
    {
        var f = One(Table(1, TitlePreamble, NationalRows(targetHeader: header)));
        Assert.Equal("5次", f.Indicators[0].Target.Raw);
    }

    [Fact]
    public void Full_width_and_half_width_labels_and_stray_spaces_match()
    {
        var rows = NationalRows();
        rows[0][0] = "项 目 名 称";
        rows[7][1] = "预期目标";
        rows[17][0] = "总　分"; // ideographic space
        var f = One(Table(1, TitlePreamble, rows));
        Assert.Equal("测试项目", f.Project.Text);
        Assert.Equal(100m, f.StatedTotal.Value);
    }

    [Fact]
    public void Title_and_year_may_be_rows_of_the_table()
    {
        var rows = new List<string[]>
        {
            new[] { "项目支出绩效自评表", "<", "<", "<", "<", "<", "<", "<", "<" },
            new[] { "填列单位（公章）：（2022年度）", "<", "<", "<", "<", "<", "<", "<", "<" },
        };
        rows.AddRange(NationalRows());
        var f = One(Table(1, Array.Empty<string>(), rows.ToArray()));
        Assert.Equal(2022, f.Year);
        Assert.Equal("项目支出绩效自评表", f.Title);
        Assert.Equal(6, f.Indicators.Count);
    }

    [Fact]
    public void Several_forms_in_one_document_are_read_in_order()
    {
        var forms = FormRecognizer.Recognize(Doc(
            Table(1, TitlePreamble, NationalRows("甲项目")),
            Table(2, TitlePreamble, NationalRows("乙项目"))));
        Assert.Equal(new[] { "甲项目", "乙项目" }, forms.Select(f => f.Project.Text));
        Assert.Equal(new[] { 1, 2 }, forms.Select(f => f.Index));
        Assert.Equal("表2", forms[1].Location);
    }

    [Fact]
    public void Two_forms_stacked_in_one_grid_are_split_at_the_second_title()
    {
        var rows = new List<string[]> { new[] { "项目支出绩效自评表" } };
        rows.AddRange(NationalRows("甲项目"));
        rows.Add(new[] { "" });
        rows.Add(new[] { "项目支出绩效自评表" });
        rows.AddRange(NationalRows("乙项目"));
        var forms = FormRecognizer.Recognize(Doc(Table(1, Array.Empty<string>(), rows.ToArray())));
        Assert.Equal(new[] { "甲项目", "乙项目" }, forms.Select(f => f.Project.Text));
        Assert.All(forms, f => Assert.Equal(6, f.Indicators.Count));
    }

    [Fact]
    public void A_table_continued_after_a_page_break_with_its_header_repeated_stays_one_form()
    {
        var rows = NationalRows();
        var first = rows.Take(13).ToArray();                       // through 时效指标
        var header = rows[9];                                     // the repeated 绩效指标 header row
        var rest = new[] { header }.Concat(rows.Skip(13)).ToArray();
        var f = One(Table(1, TitlePreamble, first), Table(2, Array.Empty<string>(), rest));
        Assert.Equal(6, f.Indicators.Count);
        Assert.Equal(100m, f.StatedTotal.Value);
        Assert.Equal(2, f.StatedTotal.Ref!.Table);
    }

    [Fact]
    public void A_grid_without_any_form_label_yields_no_form()
    {
        var forms = FormRecognizer.Recognize(Doc(Table(1, new[] { "会议纪要" }, new[] { "姓名", "电话" }, new[] { "张三", "123" })));
        Assert.Empty(forms);
    }

    [Fact]
    public void Sichuan_style_columns_join_nature_value_and_unit()
    {
        var rows = NationalRows();
        rows[9] = new[] { "绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值", "得分" };
        rows[10] = new[] { "^", "产出指标", "数量指标", "接待次数", "≥", "5", "次", "20", "20" };
        var f = One(Table(1, TitlePreamble, rows));
        Assert.Equal(PerfEval.Values.Comparator.Ge, f.Indicators[0].Target.Comparator);
        Assert.Equal("次", f.Indicators[0].Target.Unit);
    }

    [Fact]
    public void Weights_printed_in_labels_are_collected()
    {
        var rows = NationalRows();
        rows[10][1] = "产出指标(50分)";
        rows[9][0] = "绩效指标（90分）";
        var f = One(Table(1, TitlePreamble, rows));
        Assert.Contains(f.LabelWeights, w => w.Level == Level1.Output && w.Weight == 50m);
        Assert.Contains(f.LabelWeights, w => w.Level is null && w.Weight == 90m);
        Assert.Equal(Level1.Output, f.Indicators[0].Level1);
        Assert.DoesNotContain(new Checker().CheckForm(f).Findings, x => x.Rule == "PE208");
    }
}
