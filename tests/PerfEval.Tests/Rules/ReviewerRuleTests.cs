using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Tests.Scoring;
using static PerfEval.Tests.Scoring.SeedForm5;

namespace PerfEval.Tests.Rules;

/// <summary>
/// The checks a 绩效科 reviewer runs by eye (issue 12 item 7), each on the seed's
/// form 5 changed as a submitter would: one form that triggers the rule, one that does not.
/// </summary>
public sealed class ReviewerRuleTests : IDisposable
{
    readonly SeedForm5 _forms = new();
    public void Dispose() => _forms.Dispose();

    FormResult Check(Action<List<List<string>>> change, string config = "{}") => _forms.Check(change, config);

    static bool Has(FormResult r, string code) => r.Findings.Any(f => f.Rule == code);

    /// <summary>45.5 万 budgeted, 30 万 spent (65.93%), budget score 6.59, total 96.59.</summary>
    static void LowExecution(List<List<string>> rows)
    {
        foreach (var row in new[] { Funding, Funding + 1 })
        {
            rows[row][Executed] = "30";
            rows[row][Rate] = "65.93%";
            rows[row][BudgetScore] = "6.59";
        }
        StatedTotal(rows, "96.59");
    }

    [Fact]
    public void PE106_low_execution_explained_nowhere()
    {
        var r = Check(LowExecution);
        var f = Assert.Single(r.Findings, x => x.Rule == "PE106");
        Assert.Contains("65.93%", f.Message);
        Assert.Equal(90m, f.Expected);
        Assert.False(Has(Check(rows => { LowExecution(rows); rows[ExecutionAnalysis][3] = "因疫情影响，部分采购延期至次年，结余15.5万元"; }), "PE106"));
        Assert.False(Has(Check(rows => { LowExecution(rows); StatedTotal(rows, "96.59", "由于人员调离，工资少发"); }), "PE106"));
        // 无 and / are not explanations.
        Assert.True(Has(Check(rows => { LowExecution(rows); rows[ExecutionAnalysis][3] = "无"; }), "PE106"));
        // The threshold is a setting.
        Assert.False(Has(Check(LowExecution, """{ "scoring": { "executionThreshold": 60 } }"""), "PE106"));
        Assert.False(Has(Check(_ => { }), "PE106"));
    }

    [Fact]
    public void PE403_completion_claimed_while_execution_is_low_or_an_output_below_half()
    {
        // The seed's analysis says 实施情况按预算要求及时完成.
        var low = Assert.Single(Check(LowExecution).Findings, x => x.Rule == "PE403");
        Assert.Contains("按预算要求及时完成", low.Message);
        var output = Check(rows => Row(rows, Quantity, target: "10人", actual: "4人", score: "5", reason: "人员调离"));
        Assert.Contains("不足指标值的一半", Assert.Single(output.Findings, x => x.Rule == "PE403").Message);
        Assert.False(Has(Check(rows =>
        {
            LowExecution(rows);
            rows[ExecutionAnalysis][3] = "受疫情影响未能按计划完成，结余资金已收回";
            rows[ExecutionAnalysis + 1][3] = "产出基本达到预期"; // the seed says 按预定进度完成 here too
        }), "PE403"));
        Assert.False(Has(Check(_ => { }), "PE403"));
    }

    [Fact]
    public void PE210_every_actual_copied_from_its_target_with_full_marks()
    {
        Assert.True(Has(Check(_ => { }), "PE210"));
        Assert.False(Has(Check(rows => Row(rows, Satisfaction1, actual: "98%")), "PE210"));
    }

    [Fact]
    public void PE211_a_cost_indicator_whose_target_is_the_whole_budget()
    {
        var r = Check(rows => Row(rows, Cost, name: "指标1：项目总成本", target: "45.5万", actual: "45.5万"));
        Assert.Equal(45.5m, Assert.Single(r.Findings, x => x.Rule == "PE211").Expected);
        Assert.True(Has(Check(rows => Row(rows, Cost, target: "455000元", actual: "455000元")), "PE211"));
        Assert.False(Has(Check(_ => { }), "PE211")); // 3.8万 a month
    }

    [Fact]
    public void PE107_an_adjusted_budget_without_a_word_on_why()
    {
        void Adjusted(List<List<string>> rows) { rows[Funding][Initial] = "50"; rows[Funding + 1][Initial] = "50"; }
        var f = Assert.Single(Check(Adjusted).Findings, x => x.Rule == "PE107");
        Assert.Equal((50m, 45.5m), (f.Expected, f.Actual));
        Assert.False(Has(Check(rows => { Adjusted(rows); StatedTotal(rows, "100", "年中调减预算4.5万元"); }), "PE107"));
        Assert.False(Has(Check(_ => { }), "PE107"));
    }

    [Theory]
    [InlineData("指标1：", "12.5", true)]
    [InlineData("……", "12.5", true)]
    [InlineData("指标1：工资发放率", "12.5", false)]
    public void PE212_a_placeholder_name_carrying_a_weight(string name, string weight, bool fires)
    {
        Assert.Equal(fires, Has(Check(rows => Row(rows, Quality, name: name, weight: weight)), "PE212"));
    }

    [Fact]
    public void PE212_the_same_indicator_twice_and_a_unit_that_cannot_belong()
    {
        var twice = Check(rows => Row(rows, Satisfaction2, name: "指标2：人员满意度"));
        Assert.Contains("重复", Assert.Single(twice.Findings, x => x.Rule == "PE212").Message);
        var unit = Check(rows => Row(rows, Cost, name: "指标1：接待费用", target: "3次", actual: "3次"));
        Assert.Contains("计量单位", Assert.Single(unit.Findings, x => x.Rule == "PE212").Message);
        Assert.False(Has(Check(_ => { }), "PE212"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    public void PE108_a_budget_score_where_there_is_no_budget(string budget)
    {
        var r = Check(rows =>
        {
            foreach (var row in new[] { Funding, Funding + 1 }) { rows[row][Initial] = budget; rows[row][FullYear] = budget; }
        });
        var f = Assert.Single(r.Findings, x => x.Rule == "PE108");
        Assert.Equal((0m, 10m), (f.Expected, f.Actual));
        Assert.Equal(0m, r.Score.BudgetScore);
        Assert.Equal(90m, r.Score.RecomputedTotal);
        Assert.Equal("优", r.Score.Grade);
        Assert.False(Has(Check(_ => { }), "PE108"));
    }

    [Theory]
    [InlineData("良", true)]
    [InlineData("自评等级：良好", true)]
    [InlineData("优", false)]
    [InlineData("自评等级：优秀", false)]
    [InlineData("无", false)]
    public void PE306_a_stated_grade_that_is_not_the_grade_of_the_stated_total(string remark, bool fires)
    {
        Assert.Equal(fires, Has(Check(rows => StatedTotal(rows, "100", remark)), "PE306"));
    }

    [Theory]
    [InlineData("良", true)]
    [InlineData("优", false)]
    [InlineData("优秀", false)]
    public void PE306_reads_a_grade_stated_in_a_cell_of_its_own(string grade, bool fires)
    {
        // A row under the total as some templates have it: 自评等级 | 优 (the remark says nothing).
        var r = Check(rows =>
        {
            StatedTotal(rows, "100");
            var width = rows[0].Count;
            rows.Add(new[] { "自评等级", grade }.Concat(Enumerable.Repeat("<", width - 2)).ToList());
        });
        Assert.Equal(fires, Has(r, "PE306"));
        if (fires) Assert.Contains("良", Assert.Single(r.Findings, f => f.Rule == "PE306").Message);
    }

    [Fact]
    public void PE103_names_the_column_the_rate_was_worked_from()
    {
        // 年初 50, 全年 40, 执行 40: the stated 90% is neither 100% (÷ 全年) nor 80% (÷ 年初).
        void Rates(List<List<string>> rows)
        {
            rows[Funding][Initial] = "50";
            rows[Funding][FullYear] = "40";
            rows[Funding][Executed] = "40";
            rows[Funding][Rate] = "90%";
        }
        var fullYear = Assert.Single(Check(Rates).Findings, f => f.Rule == "PE103");
        Assert.Contains("÷ 全年预算数 40", fullYear.Message);
        var initial = Assert.Single(Check(Rates, """{ "scoring": { "executionBasis": "initial" } }""").Findings, f => f.Rule == "PE103");
        Assert.Contains("÷ 年初预算数 50", initial.Message);
    }
}
