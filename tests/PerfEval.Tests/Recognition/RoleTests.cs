using PerfEval.Model;
using PerfEval.Recognition;

namespace PerfEval.Tests.Recognition;

/// <summary>Each family of header variants gets its role from its meaning: key words, annotations, colons and numbering.</summary>
public class RoleTests
{
    static ColumnRole? Role(string label, FormBlock block) => Labels.RoleOf(Labels.LabelCore(TextNorm.Key(label)), block);

    [Theory]
    // 执行数 vs 预算数.
    [InlineData("全年执行数", ColumnRole.Executed)]
    [InlineData("预算执行数", ColumnRole.Executed)]
    [InlineData("实际执行数", ColumnRole.Executed)]
    [InlineData("执行数（B）", ColumnRole.Executed)]
    [InlineData("全年执行数(B)", ColumnRole.Executed)]
    // 调整后/全年 vs 年初.
    [InlineData("年初预算数", ColumnRole.InitialBudget)]
    [InlineData("年初预算数（万元）", ColumnRole.InitialBudget)]
    [InlineData("全年预算数", ColumnRole.FullYearBudget)]
    [InlineData("调整后预算数", ColumnRole.FullYearBudget)]
    [InlineData("全年预算数（A）", ColumnRole.FullYearBudget)]
    [InlineData("预算数（A）", ColumnRole.FullYearBudget)]
    // 执行率 with its formula.
    [InlineData("执行率", ColumnRole.ExecutionRate)]
    [InlineData("预算执行率", ColumnRole.ExecutionRate)]
    [InlineData("执行率（B/A）", ColumnRole.ExecutionRate)]
    // 权重 = 分值; 得分 with the weight printed in it.
    [InlineData("分值", ColumnRole.BudgetWeight)]
    [InlineData("权重", ColumnRole.BudgetWeight)]
    [InlineData("分值（10分）", ColumnRole.BudgetWeight)]
    [InlineData("得分", ColumnRole.BudgetScore)]
    [InlineData("得分（20分*执行率）", ColumnRole.BudgetScore)]
    [InlineData("原因", ColumnRole.FundingReason)]
    // How the score is worked out is text beside the score, not a second score (北京).
    [InlineData("得分计算方法", ColumnRole.Remark)]
    [InlineData("评分标准", ColumnRole.Remark)]
    public void Funding_headers(string label, ColumnRole role) => Assert.Equal(role, Role(label, FormBlock.Funding));

    [Theory]
    [InlineData("一级指标", ColumnRole.Level1)]
    [InlineData("二级指标", ColumnRole.Level2)]
    [InlineData("三级指标", ColumnRole.Level3)]
    [InlineData("指标名称", ColumnRole.Level3)]
    [InlineData("指标性质", ColumnRole.Nature)]
    [InlineData("度量单位", ColumnRole.Unit)]
    [InlineData("计量单位", ColumnRole.Unit)]
    // 目标值/指标值 vs 完成值/实际值.
    [InlineData("年度指标值", ColumnRole.Target)]
    [InlineData("年 度\n指标值", ColumnRole.Target)]
    [InlineData("指标值", ColumnRole.Target)]
    [InlineData("年度目标值", ColumnRole.Target)]
    [InlineData("年初目标值（A）", ColumnRole.Target)]
    [InlineData("预期指标值", ColumnRole.Target)]
    [InlineData("实际完成值", ColumnRole.Actual)]
    [InlineData("实际\n完成值", ColumnRole.Actual)]
    [InlineData("实际完成值（B）", ColumnRole.Actual)]
    [InlineData("全年实际值", ColumnRole.Actual)]
    [InlineData("完成值", ColumnRole.Actual)]
    [InlineData("分值", ColumnRole.Weight)]
    [InlineData("权重", ColumnRole.Weight)]
    [InlineData("权重（%）", ColumnRole.Weight)]
    [InlineData("得分", ColumnRole.Score)]
    [InlineData("自评得分", ColumnRole.Score)]
    // Reason columns, whatever their wording.
    [InlineData("偏差原因分析及改进措施", ColumnRole.Reason)]
    [InlineData("未完成原因及拟采取的改进措施", ColumnRole.Reason)]
    [InlineData("偏差大或目标未完成原因分析", ColumnRole.Reason)]
    [InlineData("未完成原因分析", ColumnRole.Reason)]
    [InlineData("改进措施", ColumnRole.Reason)]
    [InlineData("备注", ColumnRole.Remark)]
    // How the score is worked out: text, whatever the word for score in it (北京, 湖北 广水).
    [InlineData("得分计算方法", ColumnRole.Remark)]
    [InlineData("评分标准", ColumnRole.Remark)]
    [InlineData("评价标准及依据", ColumnRole.Remark)]
    [InlineData("计分方法", ColumnRole.Remark)]
    public void Indicator_headers(string label, ColumnRole role) => Assert.Equal(role, Role(label, FormBlock.Indicators));

    [Theory]
    [InlineData("考核方式")]
    [InlineData("")]
    [InlineData("本项目于年内完成了全部的预算执行和绩效目标任务并通过验收")]
    public void Labels_without_a_meaning_or_too_long_to_be_a_header_get_no_role(string label) =>
        Assert.Null(Role(label, FormBlock.Indicators));

    [Theory]
    [InlineData("项目资金（万元）", FormBlock.Funding)]
    [InlineData("项目资金\n（万元）", FormBlock.Funding)]
    [InlineData("预算执行情况（10分）", FormBlock.Funding)]
    [InlineData("预算执行情况（万元）（20分）", FormBlock.Funding)]
    [InlineData("一、预算执行情况", FormBlock.Funding)]
    [InlineData("项目资金情况", FormBlock.Funding)]
    [InlineData("资金使用情况（万元）", FormBlock.Funding)]
    [InlineData("绩效指标（90分）", FormBlock.Indicators)]
    [InlineData("绩\n效\n指\n标", FormBlock.Indicators)]
    [InlineData("年度绩效目标（80分）", FormBlock.Indicators)]
    [InlineData("年度总体目标", FormBlock.Goals)]
    public void Block_headings(string label, FormBlock block) => Assert.Equal(block, Labels.HeadingOf(Labels.LabelCore(TextNorm.Key(label))));

    [Theory]
    [InlineData("年度资金总额", FundingKind.Total)]
    [InlineData("年度资金总额：", FundingKind.Total)]
    [InlineData("总额", FundingKind.Total)]
    [InlineData("合计", FundingKind.Total)]
    [InlineData("其中：当年财政拨款", FundingKind.Appropriation)]
    [InlineData("本年财政拨款", FundingKind.Appropriation)]
    [InlineData("其中：财政资金", FundingKind.Appropriation)]
    [InlineData("财政专户管理资金", FundingKind.SpecialAccount)]
    [InlineData("单位资金", FundingKind.UnitFunds)]
    [InlineData("上年结转资金", FundingKind.CarryOver)]
    [InlineData("其他资金", FundingKind.Other)]
    public void Funding_rows(string label, FundingKind kind) => Assert.Equal(kind, Labels.FundingRow(TextNorm.Key(label)));

    [Theory]
    [InlineData("项目名称", "项目名称")]
    [InlineData("项目名称：", "项目名称")]
    [InlineData("实施单位（盖章）", "实施单位")]
    [InlineData("实施单位(公章):", "实施单位")]
    [InlineData("（一）产出指标", "产出指标")]
    [InlineData("1.主要经验做法", "主要经验做法")]
    public void The_core_of_a_label_drops_annotations_colons_and_numbering(string label, string core) =>
        Assert.Equal(core, Labels.LabelCore(TextNorm.Key(label)));

    [Theory]
    [InlineData("预算执行情况（10分）", 10, false)]
    [InlineData("预算执行情况（万元）（20分）", 20, false)]
    [InlineData("得分（20分*执行率）", 20, true)]
    [InlineData("产出指标(50分)", 50, false)]
    [InlineData("效益指标（权重30分）", 30, false)]
    [InlineData("产出指标50分", 50, false)]
    public void Weights_printed_in_labels(string label, decimal weight, bool formula)
    {
        Assert.Equal(weight, Labels.PrintedWeight(TextNorm.Key(label), out var f));
        Assert.Equal(formula, f);
    }

    [Fact]
    public void Every_role_of_the_table_has_its_meaning_written()
    {
        Assert.All(Labels.Roles, r => Assert.False(string.IsNullOrWhiteSpace(r.Meaning)));
        Assert.All(Labels.Roles, r => Assert.NotEmpty(r.Any));
    }
}
