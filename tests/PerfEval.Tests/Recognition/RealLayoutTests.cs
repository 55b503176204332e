using PerfEval.Config;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Scoring;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Recognition.RealLayouts;

namespace PerfEval.Tests.Recognition;

/// <summary>
/// Real layouts recognition was not built from (RealLayouts names each
/// source), each written as .docx and .xlsx and read through the whole
/// pipeline: every number lands in its place, and the findings are exactly
/// the ones the form as filed deserves.
/// </summary>
public sealed class RealLayoutTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    FileResult Check(string kind, ScoringProfile? profile, params string[][][] forms) => LayoutFiles.Check(_dir, kind, profile, forms);

    static string Codes(FormResult r) => LayoutFiles.Codes(r);

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Sichuan_Qingshen_2023_reads_its_label_column_header_goals_and_total(string kind)
    {
        var r = Assert.Single(Check(kind, null, Qingshen2023()).Forms);
        var f = r.Form;
        Assert.Equal(2023, f.Year);
        Assert.Equal("51000021R000000019951-工资性支出", f.Project.Text);
        Assert.Equal("青神县发展和改革局本级", f.Department.Text);
        Assert.Equal("青神县发展和改革局", f.Implementer.Text);
        // 年度预算数（万元） heads the column of row labels, not a budget column.
        Assert.Contains(f.Columns, c => c.Label == "年度预算数（万元）" && c.Role == ColumnRole.Remark);
        Assert.Equal(238.93m, f.FundingTotal!.Initial.Value);
        Assert.Equal(251.89m, f.FundingTotal.FullYear.Value);
        Assert.Equal(251.89m, f.FundingTotal.Executed.Value);
        Assert.Equal(10m, f.FundingTotal.Weight.Value);
        Assert.Equal(10m, f.FundingTotal.Score.Value);
        Assert.Equal(251.89m, f.Appropriation!.FullYear.Value);
        Assert.Equal(0m, f.SpecialAccount!.FullYear.Value);
        Assert.Equal(0m, f.UnitFunds!.Executed.Value);
        Assert.True(f.OtherFunds!.Executed.IsBlank);
        Assert.StartsWith("严格执行相关政策", f.GoalExpected.Text);
        Assert.StartsWith("全年工资按月足额发放", f.GoalActual.Text);
        Assert.Equal(2, f.Indicators.Count);
        Assert.Equal("100%", f.Indicators[0].Target.Raw.Replace("=", ""));
        Assert.Equal(60m, f.Indicators[0].Weight.Value);
        Assert.Equal(100m, f.TotalWeight.Value);
        Assert.Equal(100m, f.StatedTotal.Value);
        Assert.Equal(100m, r.Score.RecomputedTotal);
        Assert.Empty(f.Unread);
        Assert.Equal(QingshenFindings, Codes(r));
    }

    // The form has no 满意度 indicator and weighs 产出 60 / 效益 30 (the national profile: 50 / 30 / 10): said as info.
    const string QingshenFindings = "PE207";

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Anhui_Guichi_2022_as_corrected_draws_only_its_cost_target_remark(string kind)
    {
        var r = Assert.Single(Check(kind, null, Guichi2022(asFiled: false)).Forms);
        var f = r.Form;
        Assert.Equal(2022, f.Year);
        Assert.Equal("委托业务项目", f.Project.Text);
        Assert.Equal(90m, f.FundingTotal!.FullYear.Value);
        Assert.Equal(89.97m, f.Appropriation!.Executed.Value);
        Assert.Equal(10, f.Indicators.Count);
        Assert.Equal(90m, f.Indicators.Sum(i => i.Weight.Value));
        Assert.Contains(f.LabelWeights, w => w.Level == Level1.Output && w.Weight == 50m);
        Assert.Contains(f.LabelWeights, w => w.Level == Level1.Benefit && w.Weight == 30m);
        Assert.Contains(f.LabelWeights, w => w.Level == Level1.Satisfaction && w.Weight == 10m);
        Assert.Equal(100m, r.Score.RecomputedTotal);
        // The one remark the form deserves as published: its cost target is the whole budget.
        Assert.Equal("PE211", Codes(r));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Anhui_Guichi_2022_as_filed_is_told_its_total_row_is_empty(string kind)
    {
        var r = Assert.Single(Check(kind, null, Guichi2022(asFiled: true)).Forms);
        Assert.Equal(0m, r.Form.FundingTotal!.FullYear.Value);
        Assert.Equal(89.974m, r.Form.Appropriation!.Executed.Value);
        Assert.Contains("PE101", Codes(r));
        Assert.Equal(GuichiFiledFindings, Codes(r));
    }

    // The 总额 row left at 0: its three sums (PE101), the stated total against the items (PE302, PE304)
    // and the goals' 90万元 against a total of 0 (PE401) all follow from that one defect.
    const string GuichiFiledFindings = "PE101 PE101 PE101 PE302 PE304 PE401 PE401";

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Shanghai_Putuo_2022_amounts_in_yuan_with_thousands_separators(string kind)
    {
        var file = Check(kind, null,
            Putuo2022("普陀体育中心与委托运营方结算费用", "250000.00", "215,457.60", "86.18%", "8.62", "98.62"),
            Putuo2022("援滇对口支援及结对帮扶经费", "20000.00", "9,034.00", "45.17%", "4.52", "94.52"));
        Assert.Equal(2, file.Forms.Count);
        var (first, second) = (file.Forms[0], file.Forms[1]);
        Assert.Equal(250000m, first.Form.FundingTotal!.FullYear.Value);
        Assert.Equal(215457.6m, first.Form.FundingTotal.Executed.Value);
        Assert.Equal(8.62m, first.Form.FundingTotal.Score.Value);
        Assert.Equal(9034m, second.Form.FundingTotal!.Executed.Value);
        Assert.All(file.Forms, r =>
        {
            Assert.Equal(2022, r.Form.Year);
            Assert.Equal(5, r.Form.Indicators.Count);
            Assert.Equal(PerfEval.Values.Comparator.Ge, r.Form.Indicators[4].Target.Comparator);
        });
        Assert.Equal(98.62m, first.Score.RecomputedTotal);
        Assert.Equal(94.52m, second.Score.RecomputedTotal);
        // Execution under 90% with no reason given anywhere on the form.
        Assert.Equal(PutuoFindings, Codes(first));
        Assert.Equal(PutuoFindings, Codes(second));
    }

    const string PutuoFindings = "PE106";

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Hubei_service_trade_2020_weights_printed_only_in_level1_labels(string kind)
    {
        var r = Assert.Single(Check(kind, Profiles.All["hubei"], ServiceTrade2020()).Forms);
        var f = r.Form;
        Assert.Equal(2020, f.Year);
        Assert.Equal("2020年市级服务贸易发展资金", f.Project.Text);
        Assert.Equal("区投资促进中心", f.Implementer.Text);
        Assert.Equal(FundingKind.Total, f.FundingTotal!.Kind);
        Assert.Equal("年度财政资金总额", f.FundingTotal.Label);
        Assert.Equal(285.84m, f.FundingTotal.FullYear.Value);
        Assert.Equal(285.84m, f.FundingTotal.Executed.Value);
        Assert.Equal(20m, f.FundingTotal.Weight.Value);
        Assert.True(f.FundingTotal.WeightFromLabel);
        Assert.Equal(8, f.Indicators.Count);
        Assert.Equal("23333.56", f.Indicators[0].Actual.Raw);
        Assert.Equal(80m, f.Indicators.Sum(i => i.Score.Value));
        Assert.Contains(f.LabelWeights, w => w.Level == Level1.Output && w.Weight == 60m);
        Assert.Contains(f.LabelWeights, w => w.Level == Level1.Benefit && w.Weight == 20m);
        Assert.Equal(100m, f.StatedTotal.Value);
        Assert.Equal(ServiceTradeFindings, Codes(r));
    }

    // No 分值 column: PE006 says the rows' weights are printed only per category; 产出 60 / 效益 20 against the
    // profile's 40 / 30 / 10 is PE207 (info). Nothing false: no per-row weight is invented or found missing.
    const string ServiceTradeFindings = "PE006 PE207";

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Hebei_Langfang_2019_numbered_names_and_a_budget_score_rounded_up(string kind)
    {
        var r = Assert.Single(Check(kind, null, Langfang2019()).Forms);
        var f = r.Form;
        Assert.Equal(2019, f.Year);
        Assert.Equal(43.2m, f.FundingTotal!.FullYear.Value);
        Assert.Equal(37.24m, f.FundingTotal.Executed.Value);
        Assert.Equal(9m, f.FundingTotal.Score.Value);
        Assert.Equal("43.2", f.GoalExpected.Text);
        Assert.Equal(9, f.Indicators.Count);
        Assert.Equal("指标1工程资金金额", f.Indicators[0].Name);
        Assert.StartsWith("已完工", f.Indicators[0].Reason);
        Assert.Equal(90m, f.Indicators.Sum(i => i.Weight.Value));
        Assert.Equal(98m, f.StatedTotal.Value);
        Assert.Equal(LangfangFindings, Codes(r));
    }

    // As filed: the budget score 9 for 86.2% of 10 (PE104), execution under 90% with no reason for it (PE106),
    // 工程资金金额 scored 9 for 37.24 of 43.2 (PE202), so the stated 98 is not the recomputed 97.24 (PE304).
    const string LangfangFindings = "PE104 PE106 PE202 PE304";

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Hunan_investment_table_without_scores_is_not_a_form(string kind)
    {
        var file = Check(kind, null, Youxian2021());
        Assert.Empty(file.Forms);
        Assert.Equal("PE002", Assert.Single(file.Findings).Rule);
    }
    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Beijing_Haidian_2016_scoring_method_columns_and_a_budget_of_年初预算数_only(string kind)
    {
        var r = Assert.Single(Check(kind, null, Haidian2016()).Forms);
        var f = r.Form;
        Assert.Equal(2016, f.Year);
        Assert.Equal("【体制】自管道路清扫保洁外包工作经费", f.Project.Text);
        // 主管部门及代码 is the department; its row is no upper header row of the funding block.
        Assert.Equal("北京市海淀区人民政府学院路街道办事处", f.Department.Text);
        Assert.Equal("北京市海淀区学院路街道城市运行服务中心", f.Implementer.Text);
        Assert.Empty(f.Unread);
        // 得分计算方法 is text beside the score in both blocks, not a second score.
        Assert.Equal(2, f.Columns.Count(c => c.Label == "得分计算方法" && c.Role == ColumnRole.Remark));
        Assert.Equal(310.2m, f.FundingTotal!.Initial.Value);
        Assert.True(f.FundingTotal.FullYear.IsBlank);
        Assert.Equal(154.74m, f.FundingTotal.Executed.Value);
        Assert.Equal(10m, f.FundingTotal.Weight.Value);
        Assert.Equal(5m, f.FundingTotal.Score.Value);
        Assert.Equal("其中：本年一般公共预算拨款", f.Appropriation!.Label);
        Assert.Equal(154.74m, f.Appropriation.Executed.Value);
        Assert.StartsWith("通过规范地区自管道路", f.GoalExpected.Text);
        Assert.StartsWith("按照年初设定目标", f.GoalActual.Text);
        Assert.Equal(7, f.Indicators.Count);
        Assert.Equal(12.5m, f.Indicators[0].Weight.Value);
        Assert.Equal("1", f.Indicators[0].Target.Raw);
        Assert.Equal(12.5m, f.Indicators[0].Score.Value);
        Assert.Equal("92%", f.Indicators[6].Actual.Raw);
        Assert.Equal(90m, f.Indicators.Sum(i => i.Score.Value));
        Assert.Equal(100m, f.TotalWeight.Value);
        Assert.Equal(95m, f.StatedTotal.Value);
        // The rate's denominator is the only budget the form has (执行率（B/A）, A = 年初预算数).
        Assert.True(r.Score.BudgetFromInitial);
        Assert.Equal(94.99m, r.Score.RecomputedTotal);
        Assert.Equal(HaidianFindings, Codes(r));
    }

    // As filed: 154.74 of 310.2 is 49.88%, scored 5 where 10 × 49.88% is 4.99 (PE104), and nothing on the form says
    // why half the budget was left unspent (PE106). The stated 95, written to no decimals, is within half a tenth of the recomputed 94.99 (no PE304).
    const string HaidianFindings = "PE104 PE106";

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Sichuan_Zhongjiang_2022_indicator_weights_of_100_on_top_of_the_budget_10(string kind)
    {
        var r = Assert.Single(Check(kind, null, Zhongjiang2022()).Forms);
        var f = r.Form;
        Assert.Equal(2022, f.Year);
        Assert.Equal("中江县水利局", f.Department.Text);
        Assert.Empty(f.Unread);
        Assert.True(f.FundingTotal!.Initial.IsBlank);
        Assert.Equal(20m, f.FundingTotal.FullYear.Value);
        Assert.Equal(20m, f.FundingTotal.Executed.Value);
        Assert.Equal(10m, f.FundingTotal.Score.Value);
        Assert.Equal(20m, f.Appropriation!.Executed.Value);
        // 年初设定目标 / 年度总体目标完成情况综述 head the goals, they are not the goals.
        Assert.StartsWith("对农村地区供水计量", f.GoalExpected.Text);
        Assert.StartsWith("对项目区农业用水计量", f.GoalActual.Text);
        // The empty 经济效益指标 row and the …… row are no indicators.
        Assert.Equal(9, f.Indicators.Count);
        Assert.Equal("≥266米", f.Indicators[0].Actual.Raw);
        Assert.Equal(20m, f.Indicators[2].Weight.Value);
        Assert.Equal("显著提升", f.Indicators[7].Target.Raw);
        Assert.Equal(100m, f.Indicators.Sum(i => i.Weight.Value));
        Assert.Contains(f.LabelWeights, w => w.Level == Level1.Output && w.Weight == 70m);
        Assert.Equal(100m, f.StatedTotal.Value);
        // 10 + 100 = 110 of weight: the total is capped at 100 and no grade is given.
        Assert.Equal(110m, r.Score.WeightSum);
        Assert.Equal(100m, r.Score.RecomputedTotal);
        Assert.Null(r.Score.Grade);
        Assert.Equal(ZhongjiangFindings, Codes(r));
    }

    // As filed: weights 10 + 100 (PE301) and a 总分 of 100 against items summing to 110 (PE302); 产出 70 / 效益 20
    // against 50/30/10 (PE207, info); every quantitative actual copied from its target (PE210); the cost target is
    // the whole budget (PE211).
    const string ZhongjiangFindings = "PE207 PE210 PE211 PE301 PE302";
    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Hubei_Guangshui_2021_a_frame_perfeval_cannot_score_says_so(string kind)
    {
        var r = Assert.Single(Check(kind, Profiles.All["hubei"], Guangshui2021()).Forms);
        var f = r.Form;
        Assert.Equal("乡村道路建设养护项目", f.Project.Text);
        // 项目主管单位 is the project's 主管单位.
        Assert.Equal("广水市交通运输局", f.Department.Text);
        Assert.Equal("广水市交通运输局", f.Implementer.Text);
        // 填报日期 2022 is when it was filed, not the year evaluated.
        Assert.Null(f.Year);
        Assert.Equal(309m, f.FundingTotal!.Executed.Value);
        Assert.Equal(8, f.Indicators.Count);
        Assert.Equal("300公里", f.Indicators[0].Target.Raw);
        Assert.Equal(15m, f.Indicators[0].Score.Value);
        Assert.Equal("部分路段管养不到位", f.Indicators[6].Actual.Raw);
        Assert.Equal(10m, f.Indicators[6].Score.Value);
        // 复核分 is the reviewer's column and 评价标准 text: neither is a score. 项目权重 weighs parts, not rows.
        Assert.Contains(f.Columns, c => c.Label.EndsWith("复核分") && c.Role == ColumnRole.Remark);
        Assert.DoesNotContain(f.Columns, c => c.Role == ColumnRole.Weight);
        Assert.True(f.Indicators.All(i => i.Weight.IsBlank));
        Assert.Equal(80m, f.Indicators.Sum(i => i.Score.Value));
        // The 15 points of 项目决策 and 项目管理 are not counted: the recomputed 80 is not the form's 95, and the
        // form says why — PE006 names the scored table it could not read, and no grade is given (PE301).
        Assert.Equal(80m, r.Score.RecomputedTotal);
        Assert.Null(r.Score.Grade);
        var unreadTable = Assert.Single(r.Findings, x => x.Rule == "PE006" && x.Message.Contains("没有一级/二级/三级指标栏目"));
        Assert.Contains("项目权重 | 评价内容 | 分值 | 自评分 | 复核分", unreadTable.Message);
        // The split printed in the 一级 labels, not a split of empty weights.
        Assert.Contains("产出 40、效益 35、满意度 10", Assert.Single(r.Findings, x => x.Rule == "PE207").Message);
        Assert.Equal(GuangshuiFindings, Codes(r));
    }

    // PE006 ×10: the funding row by level of government (中央 / 省、地 / 本级 / 其他 / 合计: 5 columns not read), so no
    // budget column and no budget weight (2); the 项目决策/项目管理 table (1); the 项目权重 column of the indicator
    // table (1); weights only in the labels (1). No year stated (PE003), 自评总分：95 written in a label cell is not read
    // as the total (PE303), 10 + 85 of weight (PE301), 40/35/10 (PE207).
    const string GuangshuiFindings = "PE003 PE006 PE006 PE006 PE006 PE006 PE006 PE006 PE006 PE006 PE006 PE207 PE301 PE303";
}
