using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Scoring;
using static PerfEval.Tests.Scoring.SeedForm5;

namespace PerfEval.Tests.Scoring;

/// <summary>
/// Issue 12 items 2–6 on real Word and Excel forms: 不适用 rows, direction by
/// meaning, a target of 0, deadlines, bands in words, the score tolerance and
/// reasons that are not reasons.
/// </summary>
public sealed class IndicatorCaseTests : IDisposable
{
    readonly SeedForm5 _forms = new();
    public void Dispose() => _forms.Dispose();

    static List<string> Codes(FormResult r) => r.Findings.Where(f => f.Rule != "PE210").Select(f => f.Rule).ToList();

    [Theory]
    [InlineData(".docx")]
    [InlineData(".xlsx")]
    public void A_not_applicable_row_is_left_out_and_the_rest_rescaled_to_100(string ext)
    {
        var r = _forms.Check(rows =>
        {
            Row(rows, Cost, name: "指标1：单位成本", target: "不适用", actual: "不适用", weight: "12.5", score: "0");
            StatedTotal(rows, "100", "按百分制折算");
        }, ext: ext);
        Assert.Empty(Codes(r));
        Assert.Contains("单位成本", Assert.Single(r.Score.Indicators, s => s.NotApplicable).Indicator.Name);
        Assert.Equal(12.5m, r.Score.ExcludedWeight);
        Assert.Equal(100m, r.Score.WeightSum);
        Assert.Equal(100m, r.Score.ItemSum);
        Assert.Equal(100m, r.Score.RecomputedTotal);
        Assert.Equal("优", r.Score.Grade);
    }

    [Fact]
    public void Without_rescaling_a_not_applicable_row_leaves_weights_short_of_100()
    {
        var r = _forms.Check(rows =>
        {
            Row(rows, Cost, target: "不涉及", actual: "不涉及", weight: "12.5", score: "");
            StatedTotal(rows, "87.5");
        }, """{ "scoring": { "notApplicableRescale": false } }""");
        Assert.Equal(87.5m, r.Score.WeightSum);
        Assert.Null(r.Score.Grade);
        Assert.Contains("PE301", Codes(r));
        Assert.DoesNotContain("PE206", Codes(r));
        Assert.DoesNotContain("PE302", Codes(r));
    }

    [Fact]
    public void A_not_applicable_row_scored_into_a_stated_90_draws_PE302_against_the_rescaled_sum()
    {
        var r = _forms.Check(rows =>
        {
            Row(rows, Cost, target: "无此项", actual: "无此项", weight: "12.5", score: "0");
            StatedTotal(rows, "87.5");
        });
        var pe302 = Assert.Single(r.Findings, f => f.Rule == "PE302");
        Assert.Equal(100m, pe302.Expected);
    }

    [Fact]
    public void A_balance_rate_is_reverse_by_meaning_under_any_block()
    {
        var r = _forms.Check(rows => Row(rows, Quality, name: "指标1：资金结余率", target: "5%", actual: "3%"));
        var s = Assert.Single(r.Score.Indicators, i => i.Indicator.Name.Contains("结余率"));
        Assert.Equal(Direction.Reverse, s.Direction);
        Assert.Equal("结余率", s.ReverseWord);
        Assert.Equal(12.5m, s.Rounded);
        Assert.Empty(Codes(r));
    }

    [Theory]
    [InlineData("指标1：安全事故", "0次", "2次")]
    [InlineData("指标1：投诉率", "0%", "5%")]
    public void A_target_of_0_exceeded_is_a_miss_kept_as_stated_for_a_person_to_judge(string name, string target, string actual)
    {
        var r = _forms.Check(rows => Row(rows, Quality, name: name, target: target, actual: actual));
        var s = Assert.Single(r.Score.Indicators, i => i.Indicator.Name == name);
        Assert.True(s.ZeroTargetMissed);
        Assert.Equal(Verdict.Missed, s.Verdict);
        Assert.Null(s.Raw);
        Assert.Equal(12.5m, s.Counted);
        var f = Assert.Single(r.Findings, x => x.Rule == "PE213");
        Assert.Contains("人工核定", f.Message);
        Assert.DoesNotContain("PE202", Codes(r));
    }

    [Fact]
    public void A_target_of_0_met_is_full_and_quiet()
    {
        var r = _forms.Check(rows => Row(rows, Quality, name: "指标1：安全事故", target: "0次", actual: "0次"));
        Assert.DoesNotContain("PE213", Codes(r));
        Assert.Equal(Verdict.Met, Assert.Single(r.Score.Indicators, i => i.Indicator.Name.Contains("安全事故")).Verdict);
    }

    [Fact]
    public void A_duration_under_timeliness_is_reverse_and_a_longer_one_scored_full_is_PE209()
    {
        var r = _forms.Check(rows => Row(rows, Timeliness, name: "指标1：项目建设周期", target: "12个月", actual: "13个月"));
        var s = Assert.Single(r.Score.Indicators, i => i.Indicator.Name.Contains("周期"));
        Assert.Equal(Direction.Reverse, s.Direction);
        Assert.Equal(11.54m, s.Rounded); // 12.5 × 12 / 13
        Assert.Single(r.Findings, f => f.Rule == "PE209");
    }

    [Theory]
    [InlineData("10月底前完成", "12月完成", true)]
    [InlineData("2021年12月完成", "2022年1月", true)]
    [InlineData("10月底前完成", "10月完成", false)]
    [InlineData("年底前", "11月", false)]
    public void A_deadline_under_timeliness_is_compared_and_a_late_one_scored_full_is_PE209(string target, string actual, bool late)
    {
        var r = _forms.Check(rows => Row(rows, Timeliness, name: "指标1：完成时间", target: target, actual: actual));
        Assert.Equal(late, Assert.Single(r.Score.Indicators, i => i.Indicator.Name.Contains("完成时间")).DeadlineMissed);
        Assert.Equal(late, r.Findings.Any(f => f.Rule == "PE209"));
    }

    [Theory]
    [InlineData("部分达成预期指标并具有一定效果", "30", true)]   // 100%: above the middle band
    [InlineData("部分达成预期指标并具有一定效果", "15", true)]   // 50%: below it
    [InlineData("部分达成预期指标并具有一定效果", "18", false)]  // 60%: the middle band's lower edge
    [InlineData("部分达成预期指标并具有一定效果", "24", true)]   // 80% belongs to the top band
    [InlineData("达成预期指标", "24", false)]                     // 80%
    [InlineData("达成预期指标", "23.7", true)]                    // 79%
    [InlineData("未达成预期指标且效果较差", "18", true)]         // 60% is the middle band
    [InlineData("未达成预期指标且效果较差", "17.7", false)]      // 59%
    [InlineData("基本达成", "30", true)]
    public void Qualitative_wording_has_a_band(string actual, string score, bool fires)
    {
        var r = _forms.Check(rows => Row(rows, Benefit, target: "达成预期指标", actual: actual, score: score, reason: "原因见说明"));
        Assert.Equal(fires, r.Findings.Any(f => f.Rule == "PE203"));
    }

    [Fact]
    public void Band50_moves_the_middle_band_down_to_50()
    {
        var r = _forms.Check(rows => Row(rows, Benefit, target: "达成预期指标", actual: "部分达成预期指标并具有一定效果", score: "15", reason: "原因"),
            """{ "profile": "band50" }""");
        Assert.DoesNotContain("PE203", Codes(r));
    }

    [Theory]
    [InlineData("否", "否")]
    [InlineData("无", "无")]
    [InlineData("0", "没有")]
    [InlineData("无投诉", "没有投诉")]
    public void An_actual_that_restates_the_target_in_words_has_met_it(string target, string actual)
    {
        var r = _forms.Check(rows => Row(rows, Benefit, name: "指标1：是否发生投诉", target: target, actual: actual));
        Assert.DoesNotContain("PE203", Codes(r));
        Assert.Equal(Verdict.Met, r.Score.Indicators.Single(i => i.Indicator.Name.Contains("投诉")).Verdict);
    }

    [Fact]
    public void An_unmet_target_scored_full_is_PE209_not_a_rounding_match()
    {
        var r = _forms.Check(rows => Row(rows, Quality, name: "指标1：入户走访率", target: "100%", actual: "99%"));
        var f = Assert.Single(r.Findings, x => x.Rule == "PE209");
        Assert.Equal((12.38m, 12.5m), (f.Expected, f.Actual));
        Assert.DoesNotContain("PE202", Codes(r));
    }

    [Theory]
    [InlineData("4.55", false)]  // 4.5454… rounded
    [InlineData("4.54", false)]  // truncated
    [InlineData("4.5", true)]    // one place: 0.045 off
    [InlineData("4.56", true)]
    public void A_stated_score_matches_within_a_hundredth_of_the_exact_value(string score, bool fires)
    {
        // 5 × 50 / 55 = 4.5454…
        var r = _forms.Check(rows => Row(rows, Quantity, target: "55户", actual: "50户", weight: "5", score: score, reason: "疫情"));
        Assert.Equal(fires, r.Findings.Any(f => f.Rule == "PE202"));
    }

    [Theory]
    [InlineData("无", true)]
    [InlineData("/", true)]
    [InlineData("—", true)]
    [InlineData("暂无", true)]
    [InlineData("见上", true)]
    [InlineData("受疫情影响，走访推迟", false)]
    public void A_reason_that_says_nothing_counts_as_missing(string reason, bool fires)
    {
        var r = _forms.Check(rows => Row(rows, Quantity, target: "5人", actual: "4人", score: "10", reason: reason));
        Assert.Equal(fires, r.Findings.Any(f => f.Rule == "PE204"));
    }

    /// <summary>The same cases filled into the Excel form (one sheet, merged 一级/二级 cells) give the same outcome.</summary>
    [Fact]
    public void The_cases_come_out_the_same_from_an_xlsx()
    {
        FormResult X(Action<List<List<string>>> change, string config = "{}") => _forms.Check(change, config, ".xlsx");
        var balance = X(rows => Row(rows, Quality, name: "指标1：资金结余率", target: "5%", actual: "3%"));
        Assert.Equal(Direction.Reverse, balance.Score.Indicators.Single(i => i.Indicator.Name.Contains("结余率")).Direction);
        Assert.Empty(Codes(balance));
        Assert.Single(X(rows => Row(rows, Quality, name: "指标1：安全事故", target: "0次", actual: "2次")).Findings, f => f.Rule == "PE213");
        Assert.Single(X(rows => Row(rows, Timeliness, name: "指标1：完成时间", target: "10月底前完成", actual: "12月完成")).Findings, f => f.Rule == "PE209");
        Assert.Single(X(rows => Row(rows, Timeliness, name: "指标1：项目建设周期", target: "12个月", actual: "13个月")).Findings, f => f.Rule == "PE209");
        Assert.Contains("PE203", Codes(X(rows => Row(rows, Benefit, target: "达成预期指标", actual: "部分达成预期指标并具有一定效果", score: "30", reason: "原因见说明"))));
        Assert.DoesNotContain("PE203", Codes(X(rows => Row(rows, Benefit, name: "指标1：是否发生投诉", target: "否", actual: "否"))));
        Assert.Single(X(rows => Row(rows, Quality, name: "指标1：入户走访率", target: "100%", actual: "99%")).Findings, f => f.Rule == "PE209");
        Assert.DoesNotContain("PE202", Codes(X(rows => Row(rows, Quantity, target: "55户", actual: "50户", weight: "5", score: "4.54", reason: "疫情"))));
        Assert.Contains("PE204", Codes(X(rows => Row(rows, Quantity, target: "5人", actual: "4人", score: "10", reason: "/"))));
    }
}
