using PerfEval.Model;
using System.Text.Json;
using PerfEval.Config;
using PerfEval.Pipeline;
using static PerfEval.Tests.Scoring.SeedForm5;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Scoring;

/// <summary>Issue 12 item 1: the form's own weights are the basis; no grade when they do not add up to 100.</summary>
public sealed class FormWeightTests : IDisposable
{
    readonly SeedForm5 _forms = new();
    public void Dispose() => _forms.Dispose();

    static string[] Codes(FormResult r) => r.Findings.Where(f => f.Rule != "PE210").Select(f => f.Rule).ToArray();

    [Theory]
    [InlineData("national")]
    [InlineData("hubei")]
    [InlineData("band50")]
    [InlineData("deduct")]
    [InlineData("capped")]
    [InlineData("sichuan")]
    [InlineData("frame2080")]
    public void No_profile_totals_a_seed_form_above_100_or_above_its_weights_or_grades_one_not_weighted_100(string profile)
    {
        var results = new Checker(Settings.Parse($$"""{ "profile": "{{profile}}" }""")).Check(SampleDocx).Forms;
        Assert.Equal(12, results.Count);
        foreach (var r in results)
        {
            Assert.True(r.Score.RecomputedTotal <= 100m, $"{profile} form {r.Form.Index}: {r.Score.RecomputedTotal}");
            Assert.True(r.Score.RecomputedTotal <= r.Score.WeightSum, $"{profile} form {r.Form.Index}");
            Assert.Equal(r.Score.WeightSum == 100m, r.Score.Grade is not null);
        }
        // Forms 5 and 7 state a budget weight of 10 and are scored on it: 100, not 110.
        Assert.Equal(100m, results[4].Score.RecomputedTotal);
        Assert.Equal(100m, results[6].Score.RecomputedTotal);
        Assert.Equal(99.38m, results[8].Score.RecomputedTotal);
    }

    [Fact]
    public void Under_hubei_a_form_stating_10_is_totalled_on_10_and_checked_against_20()
    {
        var r = _forms.Check(_ => { }, """{ "profile": "hubei" }""");
        Assert.Equal(100m, r.Score.RecomputedTotal);
        Assert.Equal("优", r.Score.Grade);
        var pe105 = Assert.Single(r.Findings, f => f.Rule == "PE105");
        Assert.Equal((20m, 10m), (pe105.Expected, pe105.Actual));
        Assert.DoesNotContain(r.Findings, f => f.Rule is "PE304" or "PE104");
    }

    [Fact]
    public void A_stated_budget_weight_of_20_is_scored_on_20_nationally_with_no_false_PE304()
    {
        var r = _forms.Check(rows =>
        {
            rows[Funding][BudgetWeight] = "20";
            rows[Funding][BudgetScore] = "20";
            Row(rows, Benefit, weight: "20", score: "20");
        });
        Assert.Equal(20m, r.Score.BudgetWeight);
        Assert.Equal(20m, r.Score.BudgetScore);
        Assert.Equal(100m, r.Score.RecomputedTotal);
        Assert.Contains(r.Findings, f => f.Rule == "PE105");
        Assert.DoesNotContain(r.Findings, f => f.Rule is "PE304" or "PE104" or "PE301");
    }

    [Fact]
    public void Weights_of_85_give_no_grade_and_PE301_says_why_in_json_and_text()
    {
        var path = _forms.Write(rows =>
        {
            Row(rows, Benefit, weight: "15", score: "15");
            StatedTotal(rows, "85");
            rows[Total][1] = "85";
        });
        var r = Assert.Single(new Checker().Check(path).Forms);
        Assert.Equal(85m, r.Score.WeightSum);
        Assert.Null(r.Score.Grade);
        Assert.Equal(85m, r.Score.RecomputedTotal);
        Assert.Contains("不评定等级", Assert.Single(r.Findings, f => f.Rule == "PE301").Message);

        var (_, json, _) = Run("check", path, "--format", "json");
        var form = JsonDocument.Parse(json).RootElement.GetProperty("files")[0].GetProperty("forms")[0];
        Assert.Equal(JsonValueKind.Null, form.GetProperty("grade").ValueKind);
        var (_, text, _) = Run("check", path);
        Assert.Contains("重算 85，不评级（分值合计 85）", text);
    }

    [Fact]
    public void The_recomputed_total_never_exceeds_the_weights_the_form_states()
    {
        // Weights 110: every item full still recomputes to at most 100, and no grade.
        var r = _forms.Check(rows => { Row(rows, Benefit, weight: "40", score: "40"); StatedTotal(rows, "110"); });
        Assert.Equal(110m, r.Score.WeightSum);
        Assert.Equal(100m, r.Score.RecomputedTotal);
        Assert.Null(r.Score.Grade);
    }
}
