using PerfEval.Model;
using static PerfEval.Tests.Rules.TestForms;
using PerfEval.Scoring;

namespace PerfEval.Tests.Rules;

public class FundingRuleTests
{
    [Fact]
    public void PE101_fires_when_the_total_is_not_the_sum_of_the_filled_sub_rows()
    {
        var total = Funding(FundingKind.Total, "11", "11", "10", "10", "90.91%", "9.09");
        var appr = Funding(FundingKind.Appropriation, "10", "10", "10");
        var f = Assert.Single(Of(Make(total: total, appropriation: appr, statedTotal: "99.09"), "PE101"), x => x.Message.StartsWith("年初预算数"));
        Assert.Equal(10m, f.Expected);
        Assert.Equal(11m, f.Actual);
        Assert.Equal(2, Of(Make(total: total, appropriation: appr), "PE101").Count); // 年初 and 全年; 执行数 agrees
    }

    [Fact]
    public void PE101_is_quiet_when_sub_rows_add_up_or_are_empty()
    {
        var total = Funding(FundingKind.Total, "11", "11", "11", "10", "100%", "10");
        var appr = Funding(FundingKind.Appropriation, "10", "10", "10");
        var carry = Funding(FundingKind.CarryOver, "1", "1", "1");
        var other = Funding(FundingKind.Other, "", "", "", "—", "", "—");
        Assert.Empty(Of(Make(total: total, appropriation: appr, carry: carry, other: other), "PE101"));
    }

    [Theory]
    [InlineData("20.04%", true)]   // seed 外事接待费: 2.04 / 10 = 20.4%
    [InlineData("20.4%", false)]
    [InlineData("20%", false)]     // 0 places: ±0.5 covers 20.4
    [InlineData("0.204", false)]   // a fraction
    [InlineData("20.40", false)]   // no % sign: a percentage
    public void PE103_compares_the_rate_to_the_places_written(string stated, bool fires)
    {
        var total = Funding(FundingKind.Total, "10", "10", "2.04", "10", stated, "2.04");
        Assert.Equal(fires, Of(Make(total: total), "PE103").Count == 1);
    }

    [Theory]
    [InlineData("0.07", true)]   // seed 对台工作特费: 10 × 0.09 / 8 = 0.1125
    [InlineData("0.11", false)]
    [InlineData("0.1", true)]    // 0.0125 off: more than the 0.01 an item score may be
    [InlineData("0.12", false)]  // 0.0075 off
    public void PE104_compares_the_budget_score_to_weight_times_rate(string stated, bool fires)
    {
        var total = Funding(FundingKind.Total, "8", "8", "0.09", "10", "1.12%", stated);
        var found = Of(Make(total: total), "PE104");
        Assert.Equal(fires, found.Count == 1);
        if (fires) Assert.Equal(0.11m, found[0].Expected);
    }

    [Fact]
    public void PE104_caps_the_rate_at_one()
    {
        var total = Funding(FundingKind.Total, "10", "10", "12", "10", "120%", "12");
        Assert.Single(Of(Make(total: total), "PE104"));
    }

    [Fact]
    public void PE105_fires_for_a_budget_weight_other_than_the_profile()
    {
        var total = Funding(FundingKind.Total, "10", "10", "10", "20", "100%", "20");
        Assert.Single(Of(Make(total: total), "PE105"));
        Assert.Empty(Of(Make(total: total), "PE105", Profiles.All["hubei"]));
        Assert.Empty(Of(Make(), "PE105"));
    }
}
