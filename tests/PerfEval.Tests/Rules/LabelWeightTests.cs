using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Samples;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Rules;

/// <summary>
/// PE208 on real Word files: the seed's clean form 5 (公益二类…: budget 10,
/// 产出 4 × 12.5, 效益 30, 满意度 2 × 5, total 100) with weights written into
/// its labels.
/// </summary>
public sealed class LabelWeightTests : IDisposable
{
    // Rows of seed form 5: 2 funding header, 9 indicator header, 10 first 产出 row, 14 效益 row, 15 满意度 row.
    const int FundingHeader = 2, IndicatorHeader = 9, Output = 10, Benefit = 14, Satisfaction = 15;

    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    FormResult Check(Action<List<List<string>>> change) => PerfEval.Tests.Support.SeedVariant.Check(_dir.Path, change);

    static void AllRight(List<List<string>> rows)
    {
        rows[FundingHeader][1] = "预算执行情况(10分)";
        rows[IndicatorHeader][0] = "绩\n效\n指\n标\n（90分）";
        rows[Output][1] = "产出指标(50分)";
        rows[Output][2] = "数量指标（12.5分）";
        rows[Benefit][1] = "效益指标（权重30分）";
        rows[Satisfaction][1] = "满意度\n指标\n(10分)";
    }

    static List<Finding> PE208(FormResult r) => r.Findings.Where(f => f.Rule == "PE208").ToList();

    [Fact]
    public void Labels_that_agree_with_their_rows_are_collected_and_draw_nothing()
    {
        var r = Check(AllRight);
        Assert.Empty(r.Findings);
        var weights = r.Form.LabelWeights.Select(w => (w.Level, w.Weight)).ToList();
        Assert.Contains((Level1.Output, 50m), weights);
        Assert.Contains((Level1.Benefit, 30m), weights);
        Assert.Contains((Level1.Satisfaction, 10m), weights);
        Assert.Contains(((Level1?)null, 90m), weights);
        Assert.Contains(((Level1?)null, 12.5m), weights);
        Assert.Contains(((Level1?)null, 10m), weights);
        Assert.Equal(6, weights.Count);
    }

    [Fact]
    public void A_level1_label_that_disagrees_is_reported_at_the_label()
    {
        var r = Check(rows => { AllRight(rows); rows[Output][1] = "产出指标（40分）"; });
        var f = Assert.Single(PE208(r));
        Assert.Equal((50m, 40m), (f.Expected, f.Actual));
        Assert.Equal(r.Form.LabelWeights.Single(w => w.Level == Level1.Output).Ref, f.Cell);
        Assert.Equal("“产出指标（40分）”标注 40 分，其下 4 项指标分值合计 50", f.Message);
        Assert.DoesNotContain(r.Findings, x => x.Rule != "PE208");
    }

    [Fact]
    public void Block_header_budget_and_level2_labels_are_checked_too()
    {
        var r = Check(rows =>
        {
            AllRight(rows);
            rows[IndicatorHeader][0] = "绩效指标(80分)";
            rows[FundingHeader][1] = "预算执行情况(20分)";
            rows[Output][2] = "数量指标(20分)";
            rows[Benefit][1] = "效益\n指标\n（35分）";
        });
        var found = PE208(r).Select(f => (f.Expected, f.Actual)).OrderBy(p => p.Actual).ToList();
        Assert.Equal(new (decimal?, decimal?)[] { (10m, 20m), (12.5m, 20m), (30m, 35m), (90m, 80m) }, found);
    }

    [Fact]
    public void Weights_in_indicator_names_and_forms_without_indicators_are_not_label_weights()
    {
        var named = Check(rows => rows[Output + 1][3] = "指标1：工资发放率(20分)");
        Assert.Empty(named.Form.LabelWeights);
        Assert.Empty(PE208(named));

        var empty = Check(rows =>
        {
            AllRight(rows);
            for (int i = Output; i <= Satisfaction + 1; i++)
                for (int c = 3; c < rows[i].Count; c++) rows[i][c] = "";
        });
        Assert.Empty(empty.Form.Indicators);
        Assert.NotEmpty(empty.Form.LabelWeights);
        Assert.Empty(PE208(empty));
        Assert.Contains(empty.Findings, f => f.Rule == "PE004");
    }

    [Fact]
    public void A_label_repeated_at_a_page_break_is_reported_once()
    {
        var r = Check(rows =>
        {
            AllRight(rows);
            rows[Output][1] = "产出指标(45分)";
            rows.Insert(Benefit, new List<string>(rows[IndicatorHeader]));
            rows.Insert(Benefit + 1, new List<string> { "", "产出指标(45分)", "", "", "", "", "", "", "" });
        });
        Assert.Equal(2, r.Form.LabelWeights.Count(w => w.Weight == 45m));
        Assert.Single(PE208(r));
    }
}
