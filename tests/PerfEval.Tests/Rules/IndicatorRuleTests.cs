using PerfEval.Model;
using PerfEval.Scoring;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Rules;

public class IndicatorRuleTests
{
    [Theory]
    [InlineData("21", true)]
    [InlineData("-1", true)]
    [InlineData("20", false)]
    [InlineData("0", false)]
    public void PE201_fires_outside_zero_to_weight(string score, bool fires)
    {
        var inds = CleanWith(0, Ind("数量指标", "接待次数", "5次", "5次", "20", score, reason: "说明"));
        Assert.Equal(fires, Of(Make(indicators: inds), "PE201").Count == 1);
    }

    [Fact]
    public void PE202_fires_for_a_reverse_cost_indicator_scored_as_positive()
    {
        // Seed 宣传交流工作经费: 接待费用 8万 target, =1.3万 actual, stated 0.26 of 12.5.
        var inds = CleanWith(3, Ind("成本指标", "指标1：接待费用", "8万", "=1.3万", "10", "1.63"));
        var f = Assert.Single(Of(Make(indicators: inds), "PE202"));
        Assert.Equal(10m, f.Expected);
        Assert.Equal(1.63m, f.Actual);
        Assert.Contains("反向", f.Message);
        Assert.Contains("接待费用", f.Message);
    }

    [Theory]
    [InlineData("≥8", "1", "6.25", "0.7", true)]          // 0.78125
    [InlineData("≥8", "1", "6.25", "0.78", false)]
    [InlineData("55户", "50户", "5", "4.5", true)]         // 4.5454…: 0.045 off, more than 0.01
    [InlineData("55户", "50户", "5", "4.54", false)]       // truncated to two places
    [InlineData("100%", "90%", "5", "4", true)]            // 4.5
    [InlineData("1000元/人", "785元/人", "10", "7.85", true)] // cost, reverse: full 10
    [InlineData("65/套", "61.2", "10", "10", false)]       // bare actual takes /套
    [InlineData("8万", "75000元", "10", "9.38", false)]    // 万 vs 元: 10 × 7.5/8
    [InlineData("≤5天", "10天", "10", "5", false)]         // reverse over target: 10 × 5/10
    [InlineData("5天", "3人", "10", "1", false)]           // units do not reconcile: qualitative
    [InlineData("全年", "8月", "10", "1", false)]          // qualitative
    public void PE202_recomputes_quantitative_indicators(string target, string actual, string weight, string score, bool fires)
    {
        var level2 = target.Contains("元/人") || target.Contains("套") ? "成本指标" : "数量指标";
        var inds = CleanWith(0, Ind(level2, "测试指标", target, actual, weight, score, reason: "原因"));
        Assert.Equal(fires, Of(Make(indicators: inds), "PE202").Count == 1);
    }

    [Fact]
    public void PE202_uses_the_comparator_before_the_category()
    {
        var cost = Ind("成本指标", "人均费用", "≥100元", "50元", "10", "5", reason: "原因");
        var s = ScoringEngine.ScoreIndicator(cost, ScoringProfile.National);
        Assert.Equal(Direction.Positive, s.Direction);
        Assert.Equal(5m, s.Rounded);
    }

    [Fact]
    public void PE203_fires_when_a_met_qualitative_target_scores_low()
    {
        var inds = CleanWith(2, Ind("时效指标", "工作及时性", "及时", "及时", "10", "5", reason: "有原因"));
        Assert.Single(Of(Make(indicators: inds), "PE203"));
    }

    [Fact]
    public void PE203_fires_when_an_unmet_target_scores_high_and_bands_come_from_the_profile()
    {
        var inds = CleanWith(2, Ind("时效指标", "工作及时性", "及时", "未完成", "10", "5.5", reason: "疫情"));
        Assert.Empty(Of(Make(indicators: inds), "PE203"));                    // 55% ≤ 60%
        Assert.Single(Of(Make(indicators: inds), "PE203", Profiles.All["band50"])); // 55% > 50%
    }

    [Fact]
    public void PE203_is_quiet_when_wording_and_score_agree()
    {
        var inds = CleanWith(2, Ind("时效指标", "工作开展周期", "全年", "8月", "10", "10"));
        Assert.Empty(Of(Make(indicators: inds), "PE203"));
    }

    [Fact]
    public void PE204_fires_for_a_lost_point_without_a_reason()
    {
        var inds = CleanWith(0, Ind("数量指标", "接待次数", "5次", "=1次", "20", "4"));
        var f = Assert.Single(Of(Make(indicators: inds), "PE204"));
        Assert.Contains("接待次数", f.Message);
        var explained = CleanWith(0, Ind("数量指标", "接待次数", "5次", "=1次", "20", "4", reason: "疫情影响"));
        Assert.Empty(Of(Make(indicators: explained), "PE204"));
    }

    [Fact]
    public void PE205_flags_a_target_exceeded_by_more_than_the_threshold()
    {
        var inds = CleanWith(0, Ind("数量指标", "培训人数", "≥14人", "20人", "20", "20"));
        var f = Assert.Single(Of(Make(indicators: inds), "PE205"));
        Assert.Equal(PerfEval.Findings.Severity.Info, f.Severity);
        var near = CleanWith(0, Ind("数量指标", "培训人数", "≥14人", "16人", "20", "20"));
        Assert.Empty(Of(Make(indicators: near), "PE205"));
    }

    [Fact]
    public void The_deduct_profile_takes_points_for_a_target_set_too_low()
    {
        var ind = Ind("数量指标", "培训人数", "≥10人", "13人", "20", "20");
        Assert.Equal(18m, ScoringEngine.ScoreIndicator(ind, Profiles.All["deduct"]).Rounded);
        Assert.Equal(20m, ScoringEngine.ScoreIndicator(ind, ScoringProfile.National).Rounded);
    }

    [Fact]
    public void PE206_fires_for_a_filled_row_without_score()
    {
        var inds = CleanWith(0, Ind("数量指标", "接待人数", "≥80", "3", "20", ""));
        var f = Assert.Single(Of(Make(indicators: inds), "PE206"));
        Assert.Contains("缺少得分", f.Message);
        Assert.Empty(Of(Make(), "PE206"));
    }

    [Fact]
    public void PE207_takes_the_level_from_the_level2_name_not_a_carried_down_level1()
    {
        // Real forms leave the 一级 cell blank over 效益 rows; a carried-down 产出指标 must not count.
        var inds = CleanWith(4, Ind("社会效益指标", "群众认可度", "100%", "100%", "30", "30", level1: "产出指标"));
        Assert.Equal(Level1.Benefit, inds[4].Level1);
        Assert.Empty(Of(Make(indicators: inds), "PE207"));
    }

    [Fact]
    public void PE207_without_row_weights_compares_the_weights_printed_in_level1_labels()
    {
        // No 分值 column (湖北 20/80, 广水): the rows carry no weight, the 一级 labels do.
        var at = new PerfEval.Grid.CellRef(1, 11, 2);
        List<Indicator> Weightless() => new()
        {
            Ind("数量指标", "道路里程", "300公里", "300公里", "", "40"),
            Ind("社会效益指标", "出行条件", "改善", "改善", "", "35"),
            Ind("服务对象满意度指标", "群众满意度", "≥90%", "92%", "", "10"),
        };
        LabelWeight[] Printed(decimal o, decimal b) => new[]
        {
            new LabelWeight($"产出指标{o}分", o, Level1.Output, at),
            new LabelWeight($"效益指标{b}分", b, Level1.Benefit, at),
            new LabelWeight("满意度指标10分", 10m, Level1.Satisfaction, at),
        };
        var f = Assert.Single(Of(Make(indicators: Weightless(), labelWeights: Printed(40m, 35m)), "PE207"));
        Assert.Contains("产出 40、效益 35、满意度 10", f.Message);
        Assert.Empty(Of(Make(indicators: Weightless(), labelWeights: Printed(50m, 30m)), "PE207"));
        // Neither row weights nor printed ones: no split to compare, nothing said (PE006 says the weights are missing).
        Assert.Empty(Of(Make(indicators: Weightless()), "PE207"));
    }

    [Fact]
    public void PE208_checks_weights_printed_in_labels()
    {
        var at = new PerfEval.Grid.CellRef(1, 11, 2);
        var wrong = new[] { new LabelWeight("产出指标(45分)", 45m, Level1.Output, at) };
        var f = Assert.Single(Of(Make(labelWeights: wrong), "PE208"));
        Assert.Equal(50m, f.Expected);
        var right = new[] { new LabelWeight("产出指标(50分)", 50m, Level1.Output, at), new LabelWeight("绩效指标(90分)", 90m, null, at) };
        Assert.Empty(Of(Make(labelWeights: right), "PE208"));
    }
}
