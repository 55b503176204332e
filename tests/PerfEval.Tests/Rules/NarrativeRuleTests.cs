using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Samples;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Rules;

public class NarrativeRuleTests
{
    /// <summary>The same form with 项目绩效分析 texts (TestForms.Make has none).</summary>
    static Form WithAnalysis(Form f, params (string Label, string Text)[] texts) => new()
    {
        Index = f.Index, Location = f.Location, Title = f.Title, Year = f.Year, YearRef = f.YearRef,
        Project = f.Project, Department = f.Department, Implementer = f.Implementer,
        FundingTotal = f.FundingTotal, Appropriation = f.Appropriation, CarryOver = f.CarryOver, OtherFunds = f.OtherFunds,
        GoalExpected = f.GoalExpected, GoalActual = f.GoalActual, Indicators = f.Indicators, LabelWeights = f.LabelWeights,
        TotalWeight = f.TotalWeight, StatedTotal = f.StatedTotal, TotalRef = f.TotalRef, TotalRemark = f.TotalRemark,
        Analysis = texts.Select((t, i) => (t.Label, Field: new TextField(t.Text, new CellRef(1, 40 + i, 4))))
            .ToDictionary(t => t.Label, t => t.Field),
    };

    // Funding: 年初 10, 全年 12, 执行 3 (rate 25%).
    static FundingRow Budget(string rate = "25%", string score = "2.5") => Funding(FundingKind.Total, "10", "12", "3", "10", rate, score);

    // ---- PE401 -------------------------------------------------------------

    [Fact]
    public void PE401_fires_when_the_goal_text_quotes_another_amount()
    {
        var form = Make(goalExpected: "年初预算资金12万元主要用于接待", goalActual: "当年实际执行1.7万元");
        var found = Of(form, "PE401");
        Assert.Equal(2, found.Count);
        Assert.Contains(found, f => f.Message.Contains("预算资金12万元"));
        Assert.Contains(found, f => f.Message.Contains("执行1.7万元"));
    }

    [Fact]
    public void PE401_accepts_matching_amounts_in_yuan_or_wanyuan()
    {
        var form = Make(goalExpected: "年初预算资金10万元", goalActual: "当年实际执行100000元");
        Assert.Empty(Of(form, "PE401"));
    }

    [Fact]
    public void PE401_reads_budget_words_after_a_verb_of_spending_as_the_amount_spent()
    {
        // 池州 2022 as published: 本项目共完成预算资金89.97万元 quotes the executed amount, not the budget.
        Assert.Empty(Of(Make(goalActual: "本项目共完成预算资金10万元"), "PE401"));
        var found = Assert.Single(Of(Make(goalActual: "本项目共完成预算资金8万元"), "PE401"));
        Assert.Contains("全年执行数", found.Message);
    }

    [Fact]
    public void PE401_converts_yuan_and_names_both_cells()
    {
        var total = Budget();
        var form = Make(total: total, goalActual: "全年共支付18000元");
        var f = Assert.Single(Of(form, "PE401"));
        Assert.Equal((3m, 1.8m), (f.Expected, f.Actual));
        Assert.Equal(form.GoalActual.Ref, f.Cell);
        Assert.Contains(form.GoalActual.Ref!.ToString(), f.Message);
        Assert.Contains(total.Executed.Ref!.ToString(), f.Message);
        Assert.Contains("支付18000元", f.Message);
        Assert.Empty(Of(Make(total: Budget(), goalActual: "全年共支付30000元"), "PE401"));
    }

    [Fact]
    public void PE401_reads_the_year_the_text_names()
    {
        Assert.Empty(Of(Make(total: Budget(), goalExpected: "年初预算资金10万元，全年预算12万元"), "PE401"));
        var f = Assert.Single(Of(Make(total: Budget(), goalExpected: "年初预算资金12万元"), "PE401"));
        Assert.Contains("年初预算数 10", f.Message);
        // A bare 预算资金 may be either.
        Assert.Empty(Of(Make(total: Budget(), goalExpected: "预算资金12万元"), "PE401"));
    }

    [Fact]
    public void PE401_compares_with_the_row_the_text_names_and_to_the_places_quoted()
    {
        var appropriation = Funding(FundingKind.Appropriation, "8", "8", "2.04");
        var total = Funding(FundingKind.Total, "10", "10", "2.54", "10", "25.4%", "2.54");
        Assert.Empty(Of(Make(total: total, appropriation: appropriation, goalExpected: "财政拨款预算资金8万元", goalActual: "财政资金实际执行约2万元"), "PE401"));
        Assert.Empty(Of(Make(total: total, appropriation: appropriation, goalActual: "实际执行2.5万元"), "PE401"));
        Assert.Single(Of(Make(total: total, appropriation: appropriation, goalActual: "实际执行2.6万元"), "PE401"));
        // The 财政拨款 amount, not named as such, is compared with the total.
        Assert.Single(Of(Make(total: total, appropriation: appropriation, goalActual: "实际执行2.04万元"), "PE401"));
    }

    [Fact]
    public void PE401_checks_the_execution_rate_against_the_stated_and_the_computed_rate()
    {
        // Stated 24.6% is wrong (3/12 = 25%); a text may quote either.
        var total = Budget(rate: "24.6%");
        Assert.Empty(Of(Make(total: total, goalActual: "预算执行率为25%"), "PE401"));
        Assert.Empty(Of(Make(total: total, goalActual: "预算执行率24.6%"), "PE401"));
        var f = Assert.Single(Of(Make(total: total, goalActual: "预算执行率达到90%"), "PE401"));
        Assert.Equal(25m, f.Expected);
        Assert.Equal(90m, f.Actual);
        Assert.Contains("“预算执行率达到90%”", f.Message);
        Assert.Contains(total.Rate.Ref!.ToString(), f.Message);
    }

    [Fact]
    public void PE401_reads_the_analysis_texts_too()
    {
        var form = WithAnalysis(Make(total: Budget()), ("项目实施和预算执行情况及分析", "全年实际执行3.5万元，执行率29.17%。"));
        var found = Of(form, "PE401");
        Assert.Equal(2, found.Count);
        Assert.All(found, f => Assert.StartsWith("项目实施和预算执行情况及分析（表1 第40行 第4列）", f.Message));
        Assert.Equal(new CellRef(1, 40, 4), found[0].Cell);
        Assert.Empty(Of(WithAnalysis(Make(total: Budget()), ("项目实施和预算执行情况及分析", "全年实际执行3万元，执行率25%。")), "PE401"));
    }

    [Fact]
    public void PE401_leaves_other_years_parts_and_unit_prices_alone()
    {
        var form = WithAnalysis(Make(total: Budget()),
            ("产出情况及分析", "上年预算资金20万元，人均支出0.5万元，其中接待费支出1.3万元，培训费3570元/人，平均每月发放资金0.3万元。"));
        Assert.Empty(Of(form, "PE401"));
    }

    // ---- PE402 -------------------------------------------------------------

    [Fact]
    public void PE402_fires_when_a_count_in_the_text_contradicts_the_indicator()
    {
        var inds = CleanWith(0, Ind("数量指标", "指标1：驻村工作人员数量", "4人", "4人", "20", "20"));
        var form = Make(indicators: inds, goalExpected: "年初预算资金10万元主要用于14名驻村工作人员补助发放。");
        var f = Assert.Single(Of(form, "PE402"));
        Assert.Contains("14名驻村工作人员", f.Message);
        Assert.Contains("驻村工作人员数量", f.Message);
        // Both places: the text's cell and the indicator's target cell with its value.
        Assert.Contains(form.GoalExpected.Ref!.ToString(), f.Message);
        Assert.Contains($"年度指标值 4人（{inds[0].TargetRef}）", f.Message);
        Assert.Equal((4m, 14m), (f.Expected, f.Actual));
    }

    [Fact]
    public void PE402_is_quiet_when_the_count_agrees()
    {
        var inds = CleanWith(0, Ind("数量指标", "指标1：驻村工作人员数量", "4人", "4人", "20", "20"));
        var form = Make(indicators: inds, goalExpected: "用于4名驻村工作人员补助发放。");
        Assert.Empty(Of(form, "PE402"));
    }

    [Fact]
    public void PE402_reads_a_count_after_its_noun_and_compares_the_actual_for_results()
    {
        var inds = CleanWith(0, Ind("数量指标", "指标1：培训人数", "≥14人", "2人", "20", "2.86"));
        var found = Assert.Single(Of(Make(indicators: inds, goalActual: "全年培训人数共20人。"), "PE402"));
        Assert.Contains($"实际完成值 2人（{inds[0].ActualRef}）", found.Message);
        Assert.Empty(Of(Make(indicators: inds, goalActual: "全年培训人数共2人。"), "PE402"));
        Assert.Empty(Of(Make(indicators: inds, goalExpected: "计划培训人数14人。"), "PE402"));
    }

    [Fact]
    public void PE402_counts_names_and_people_alike_but_not_other_units()
    {
        var inds = CleanWith(0, Ind("数量指标", "指标1：慰问困难家庭数量", "4户", "4户", "20", "20"));
        Assert.Empty(Of(Make(indicators: inds, goalActual: "慰问4户困难家庭"), "PE402"));
        Assert.Single(Of(Make(indicators: inds, goalActual: "慰问6户困难家庭"), "PE402"));
        // 6人 is not a count of households: another measure, not compared.
        Assert.Empty(Of(Make(indicators: inds, goalActual: "慰问6人困难家庭成员"), "PE402"));
        var people = CleanWith(0, Ind("数量指标", "指标1：接待外宾人数", "30人", "26人", "20", "17.33"));
        Assert.Empty(Of(Make(indicators: people, goalActual: "接待外宾人数26人次"), "PE402"));
    }

    [Fact]
    public void PE402_reads_the_analysis_texts_too()
    {
        var inds = CleanWith(0, Ind("数量指标", "指标1：培训次数", "≥7次", "1次", "20", "2.86"));
        var f = Assert.Single(Of(WithAnalysis(Make(indicators: inds), ("产出情况及分析", "培训次数共12次，完成率100%")), "PE402"));
        Assert.StartsWith("产出情况及分析", f.Message);
        Assert.Empty(Of(WithAnalysis(Make(indicators: inds), ("产出情况及分析", "受疫情影响仅开展培训1次，相关人员满意度100%，2021年5月完成")), "PE402"));
    }

    [Fact]
    public void PE402_ignores_counts_no_indicator_measures()
    {
        var form = Make(goalExpected: "与柬埔寨暹粒市签署协议，开展结好40周年相关活动，接待3批外宾。");
        Assert.Empty(Of(form, "PE402"));
    }
}

/// <summary>The narrative checks on real Word files built from the seed's clean form 5 (公益二类…).</summary>
public sealed class NarrativeDocxTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    FormResult Check(Action<List<List<string>>> change) => PerfEval.Tests.Support.SeedVariant.Check(_dir.Path, change);

    static List<Finding> Narrative(FormResult r) => r.Findings.Where(f => f.Rule is "PE401" or "PE402").ToList();

    [Fact]
    public void The_clean_form_and_its_own_numbers_draw_nothing()
    {
        // A measured satisfaction rate, so not every actual merely repeats its target (PE210).
        static void Measured(List<List<string>> rows) { rows[15][4] = "≥95%"; rows[15][5] = "98%"; }
        Assert.Empty(Check(Measured).Findings);
        var quiet = Check(rows =>
        {
            Measured(rows);
            rows[8][1] = "年初预算资金45.5万元，用于5名中心人员工资。";
            rows[8][2] = "当年实际执行455000元，执行率100%。";
            rows[19][3] = "实施情况按预算要求及时完成，支付45.5万元。";
        });
        Assert.Empty(Narrative(quiet));
    }

    [Fact]
    public void Amounts_rates_and_counts_that_disagree_are_reported_with_both_places()
    {
        var r = Check(rows =>
        {
            rows[8][1] = "年初预算资金45.5万元，用于大同市国际交流外事服务中心6人工资。";
            rows[8][2] = "当年实际执行40万元。";
            rows[19][3] = "预算执行率为88%。";
        });
        var found = Narrative(r);
        Assert.Equal(new[] { "PE401", "PE401", "PE402" }, found.Select(f => f.Rule).OrderBy(c => c, StringComparer.Ordinal));
        var spent = Assert.Single(found, f => f.Message.Contains("执行40万元"));
        Assert.Equal(r.Form.GoalActual.Ref, spent.Cell);
        Assert.Contains(r.Form.FundingTotal!.Executed.Ref!.ToString(), spent.Message);
        var rate = Assert.Single(found, f => f.Message.Contains("88%"));
        Assert.Equal(r.Form.Analysis["项目实施和预算执行情况及分析"].Ref, rate.Cell);
        var count = Assert.Single(found, f => f.Rule == "PE402");
        Assert.Contains("5人", count.Message);
        Assert.Contains(r.Form.Indicators[0].TargetRef!.ToString(), count.Message);
    }
}
