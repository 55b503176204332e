using PerfEval.Config;
using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Scoring;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Recognition.Layouts;

namespace PerfEval.Tests.Recognition;

/// <summary>
/// The layouts of issue 11, each written as a real .docx (hand-written
/// document.xml) and .xlsx (hand-written sheet XML), read through the whole
/// pipeline: the model holds every number in its place, and the findings are
/// only the ones the form's defects call for.
/// </summary>
public sealed class LayoutTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    FileResult Check(string kind, ScoringProfile? profile, params string[][][] forms) => LayoutFiles.Check(_dir, kind, profile, forms);

    static string Codes(FormResult r) => LayoutFiles.Codes(r);

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Sichuan_2023_three_forms_each_with_its_title_row_year_implementer_and_10_point_budget(string kind)
    {
        var file = Check(kind, null, Sichuan("甲项目"), Sichuan("乙项目"), Sichuan("丙项目"));
        Assert.Empty(file.Findings);
        Assert.Equal(new[] { "甲项目", "乙项目", "丙项目" }, file.Forms.Select(f => f.Form.Project.Text));
        foreach (var r in file.Forms)
        {
            var f = r.Form;
            Assert.Equal(2023, f.Year);
            Assert.Equal("四川省职业技能鉴定指导中心", f.Implementer.Text);
            Assert.Equal("四川省人力资源和社会保障厅", f.Department.Text);
            Assert.Equal(100m, f.FundingTotal!.Initial.Value);
            Assert.Equal(100m, f.FundingTotal.FullYear.Value);
            Assert.Equal(95m, f.FundingTotal.Executed.Value);
            Assert.Equal(10m, f.FundingTotal.Weight.Value);
            Assert.Equal(9.5m, f.FundingTotal.Score.Value);
            Assert.Equal("部分培训延至次年", f.FundingTotal.Reason);
            Assert.Equal(80m, f.Appropriation!.Initial.Value);
            Assert.Equal(0m, f.SpecialAccount!.Initial.Value);
            Assert.Equal(19m, f.UnitFunds!.Executed.Value);
            Assert.Equal(0m, f.OtherFunds!.Executed.Value);
            Assert.Equal(5, f.Indicators.Count);
            Assert.Equal(PerfEval.Values.Comparator.Ge, f.Indicators[0].Target.Comparator);
            Assert.Equal("次", f.Indicators[0].Target.Unit);
            Assert.Equal(90m, f.Indicators.Sum(i => i.Weight.Value));
            Assert.Equal(99.5m, f.StatedTotal.Value);
            Assert.Equal(99.5m, r.Score.RecomputedTotal);
            Assert.Equal(100m, r.Score.WeightSum);
            Assert.Contains(f.LabelWeights, w => w.Scope == LabelWeightScope.Budget && w.Weight == 10m);
            Assert.Contains(f.LabelWeights, w => w.Scope == LabelWeightScope.Indicators && w.Weight == 90m);
            Assert.Equal("", Codes(r));
        }
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Sichuan_overspending_draws_PE102_and_nothing_false(string kind)
    {
        var file = Check(kind, null, Sichuan(executed: "105", rate: "105%", budgetScore: "10", total: "100"));
        var r = Assert.Single(file.Forms);
        Assert.Equal(105m, r.Form.FundingTotal!.Executed.Value);
        Assert.Equal("PE102", Codes(r));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Sichuan_low_execution_is_explained_by_the_funding_blocks_reason_cell(string kind)
    {
        // 70% against the 90% threshold: the 原因 cell of the 预算执行情况 block explains it (PE106 stays quiet) …
        var explained = Sichuan(executed: "70", rate: "70%", budgetScore: "7", total: "97");
        var reason = Check(kind, null, explained).Forms.Single();
        Assert.Equal("部分培训延至次年", reason.Form.FundingTotal!.Reason);
        Assert.DoesNotContain(reason.Findings, f => f.Rule == "PE106");

        // … and without it the shortfall is explained nowhere.
        var bare = Sichuan(executed: "70", rate: "70%", budgetScore: "7", total: "97");
        bare[4][9] = "无";
        Assert.Contains(Check(kind, null, bare).Forms.Single().Findings, f => f.Rule == "PE106");
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void City_20_point_frame_reads_the_budget_weight_from_its_labels(string kind)
    {
        var hubei = Profiles.All["hubei"];
        var file = Check(kind, hubei, City20());
        var r = Assert.Single(file.Forms);
        var f = r.Form;
        Assert.Equal(2022, f.Year);
        Assert.Equal(50m, f.FundingTotal!.FullYear.Value);
        Assert.Equal(45m, f.FundingTotal.Executed.Value);
        Assert.True(f.FundingTotal.Rate.HasValue);
        Assert.Equal(18m, f.FundingTotal.Score.Value);
        Assert.Equal(20m, f.FundingTotal.Weight.Value);
        Assert.True(f.FundingTotal.WeightFromLabel);
        Assert.Equal(4, f.Indicators.Count);
        Assert.Equal("10公里", f.Indicators[0].Actual.Raw);
        Assert.Equal("≥10公里", f.Indicators[0].Target.Raw);
        Assert.Equal("部分路段验收延后；加快验收进度", f.Indicators[1].Reason);
        Assert.Equal(96m, f.StatedTotal.Value);
        Assert.Equal(100m, r.Score.WeightSum);
        Assert.Equal(96m, r.Score.ItemSum);
        Assert.Contains(f.LabelWeights, w => w.Scope == LabelWeightScope.Indicators && w.Weight == 80m);
        // Under the 20-point profile the form is right as filled in.
        Assert.Equal("", Codes(r));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void City_20_point_frame_under_the_national_profile_is_told_its_budget_weight_is_not_10(string kind)
    {
        var r = Assert.Single(Check(kind, null, City20()).Forms);
        var codes = r.Findings.Select(f => f.Rule).ToList();
        Assert.Contains("PE105", codes);
        Assert.Contains("PE207", codes);
        // Nothing the form does not deserve: the funding block, the weights and the total are read.
        foreach (var wrong in new[] { "PE006", "PE004", "PE005", "PE101", "PE104", "PE204", "PE208", "PE301", "PE302", "PE303" })
            Assert.DoesNotContain(wrong, codes);
    }

    [Theory]
    [InlineData("docx", "未完成原因及拟采取的改进措施")]
    [InlineData("docx", "偏差大或目标未完成原因分析")]
    [InlineData("xlsx", "未完成原因及拟采取的改进措施")]
    [InlineData("xlsx", "偏差大或目标未完成原因分析")]
    [InlineData("xlsx", "偏差原因分析及改进措施（未完成原因）")]
    [InlineData("xlsx", "未完成原因分析")]
    public void County_reason_columns_are_reason_columns(string kind, string header)
    {
        var r = Assert.Single(Check(kind, null, County(header)).Forms);
        Assert.Equal("部分地块因雨季延期施工", r.Form.Indicators[0].Reason);
        Assert.Equal(2023, r.Form.Year);
        Assert.Equal(97m, r.Score.RecomputedTotal);
        Assert.Equal("", Codes(r));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void A_project_list_and_a_cover_letter_are_not_forms(string kind)
    {
        var file = Check(kind, null, ProjectList(), CoverLetter());
        Assert.Empty(file.Forms);
        Assert.Equal("PE002", Assert.Single(file.Findings).Rule);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void A_cover_letter_before_a_form_leaves_one_form(string kind)
    {
        var file = Check(kind, null, CoverLetter(), County("偏差原因分析及改进措施"), ProjectList());
        var r = Assert.Single(file.Forms);
        Assert.Equal("高标准农田建设", r.Form.Project.Text);
        Assert.Equal("", Codes(r));
    }
}
