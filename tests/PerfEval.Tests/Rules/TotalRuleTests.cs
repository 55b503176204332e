using PerfEval.Model;
using static PerfEval.Tests.Rules.TestForms;
using PerfEval.Scoring;

namespace PerfEval.Tests.Rules;

public class TotalRuleTests
{
    [Fact]
    public void PE301_is_not_checked_without_indicators() =>
        Assert.Empty(Of(Make(indicators: new(), statedTotal: "10"), "PE301"));

    // That PE303 fires for a blank total, and PE302 and PE301 on their fixtures, is RuleSnapshotTests'.
    [Fact]
    public void A_blank_total_is_PE303_not_also_PE302() => Assert.Empty(Of(Make(statedTotal: ""), "PE302"));

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
    public void The_hubei_profile_checks_the_budget_weight_against_20_but_scores_the_form_on_its_own()
    {
        var total = Funding(FundingKind.Total, "10", "10", "5", "10", "50%", "5");
        var form = Make(total: total, statedTotal: "95");
        Assert.Equal(95m, Check(form).Score.RecomputedTotal);
        var hubei = Check(form, Profiles.All["hubei"]);
        Assert.Equal(95m, hubei.Score.RecomputedTotal); // 10 × 50% + 90: the form states 10
        Assert.Contains(hubei.Findings, f => f.Rule == "PE105");
        // A budget row without a 分值 is scored on the profile's 20, and the total is held to 100.
        var blank = Check(Make(total: Funding(FundingKind.Total, "10", "10", "5", "", "50%", "10"), statedTotal: "100"), Profiles.All["hubei"]);
        Assert.Equal(100m, blank.Score.RecomputedTotal);
        Assert.Null(blank.Score.Grade); // 20 + 90 = 110
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
