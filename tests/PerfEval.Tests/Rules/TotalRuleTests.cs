using PerfEval.Model;
using static PerfEval.Tests.Rules.TestForms;
using PerfEval.Scoring;

namespace PerfEval.Tests.Rules;

public class TotalRuleTests
{
    [Fact]
    public void PE301_fires_when_weights_do_not_add_to_100()
    {
        var inds = CleanIndicators();
        inds.RemoveAt(5);
        var f = Assert.Single(Of(Make(indicators: inds, statedTotal: "90"), "PE301"));
        Assert.Equal(90m, f.Actual);
        Assert.Empty(Of(Make(), "PE301"));
    }

    [Fact]
    public void PE301_is_not_checked_without_indicators() =>
        Assert.Empty(Of(Make(indicators: new(), statedTotal: "10"), "PE301"));

    [Fact]
    public void PE302_fires_when_the_total_is_not_the_sum_of_stated_items()
    {
        var f = Assert.Single(Of(Make(statedTotal: "87.4"), "PE302"));
        Assert.Equal("总分 87.4 与各项得分合计 100 不符", f.Message);
        Assert.Empty(Of(Make(statedTotal: "100"), "PE302"));
    }

    [Fact]
    public void PE303_fires_for_a_blank_total()
    {
        Assert.Single(Of(Make(statedTotal: ""), "PE303"));
        Assert.Empty(Of(Make(statedTotal: ""), "PE302"));
        Assert.Empty(Of(Make(), "PE303"));
    }

    [Fact]
    public void PE304_fires_when_the_stated_total_differs_from_the_recomputed_one()
    {
        // Scores that add up but ignore the formula: the cost indicator scored 1 instead of 10.
        var inds = CleanWith(3, Ind("成本指标", "接待费用", "8万", "7万", "10", "1", reason: "x"));
        var found = Of(Make(indicators: inds, statedTotal: "91"), "PE304");
        var f = Assert.Single(found);
        Assert.Equal(100m, f.Expected);
        Assert.Empty(Of(Make(indicators: inds, statedTotal: "91"), "PE302"));
        Assert.Empty(Of(Make(), "PE304"));
    }

    [Fact]
    public void PE305_applies_the_execution_cap_of_the_profile()
    {
        var total = Funding(FundingKind.Total, "10", "10", "6.5", "10", "65%", "6.5");
        var form = Make(total: total, statedTotal: "96.5");
        Assert.Empty(Of(form, "PE305"));
        var f = Assert.Single(Of(form, "PE305", Profiles.All["capped"]));
        Assert.Equal(79m, f.Expected);
        Assert.Equal(79m, Check(form, Profiles.All["capped"]).Score.RecomputedTotal);
    }

    [Fact]
    public void The_hubei_profile_scores_the_budget_out_of_20()
    {
        var total = Funding(FundingKind.Total, "10", "10", "5", "10", "50%", "5");
        var form = Make(total: total, statedTotal: "95");
        Assert.Equal(95m, Check(form).Score.RecomputedTotal);
        Assert.Equal(100m, Check(form, Profiles.All["hubei"]).Score.RecomputedTotal); // 20 × 50% + 90
    }

    [Theory]
    [InlineData("90", "优")]
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    public void Grades_follow_the_recomputed_total(string total, string grade)
    {
        var t = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(grade, ScoringProfile.National.Grade(t));
    }
}
