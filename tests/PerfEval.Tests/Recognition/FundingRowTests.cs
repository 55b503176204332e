using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Recognition;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Recognition.GridBuilder;

namespace PerfEval.Tests.Recognition;

/// <summary>
/// Funding rows by meaning: fiscal money of any level of government, the
/// unit's own money, other sources; several rows of one kind all count in the
/// breakdown PE101 checks; a row naming no known source is counted as
/// another source and said (PE006), never dropped.
/// </summary>
public sealed class FundingRowTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("中央资金", FundingKind.Appropriation, true)]
    [InlineData("中央补助资金", FundingKind.Appropriation, true)]
    [InlineData("其中：省级资金", FundingKind.Appropriation, true)]
    [InlineData("市级财政资金", FundingKind.Appropriation, true)]
    [InlineData("县级资金", FundingKind.Appropriation, true)]
    [InlineData("本级财政资金", FundingKind.Appropriation, true)]
    [InlineData("上级补助", FundingKind.Appropriation, true)]
    [InlineData("地方配套资金", FundingKind.Appropriation, true)]
    [InlineData("1.中央预算内投资", FundingKind.Appropriation, true)]
    [InlineData("财政资金", FundingKind.Appropriation, false)]
    [InlineData("一般公共预算资金", FundingKind.Appropriation, false)]
    [InlineData("自筹资金", FundingKind.UnitFunds, false)]
    [InlineData("县级自筹资金", FundingKind.UnitFunds, false)]
    [InlineData("社会资金", FundingKind.Other, false)]
    [InlineData("社会投入资金", FundingKind.Other, false)]
    [InlineData("银行贷款", FundingKind.Other, false)]
    [InlineData("年度财政资金总额", FundingKind.Total, false)]
    [InlineData("资金总额（万元）", FundingKind.Total, false)]
    public void Rows_by_meaning(string label, FundingKind kind, bool level)
    {
        var key = TextNorm.Key(label);
        Assert.Equal(kind, Labels.FundingRow(key));
        Assert.Equal(level, Labels.IsGovernmentLevel(key));
    }

    [Theory]
    [InlineData("彩票公益金")]
    [InlineData("考核方式")]
    public void Labels_naming_no_source_are_no_funding_row(string label) => Assert.Null(Labels.FundingRow(TextNorm.Key(label)));

    /// <summary>A national form whose funding rows are the given (label, initial, full-year, executed) rows after 年度资金总额 100 | 100 | 95.</summary>
    static string[][] WithFunding(params (string Label, string Initial, string FullYear, string Executed)[] parts)
    {
        var rows = NationalRows().ToList();
        rows[8] = new[] { "^", "年初预算资金100万元", "<", "<", "<", "当年实际执行95万元", "<", "<", "<" };
        rows[3] = new[] { "^", "年度资金总额", "<", "100", "100", "95", "10", "95%", "9.5" };
        rows.RemoveRange(4, 3);
        rows.InsertRange(4, parts.Select(p => new[] { "^", p.Label, "<", p.Initial, p.FullYear, p.Executed, "—", "—", "—" }));
        var i = rows.FindIndex(r => r[0] == "总分");
        rows[i] = new[] { "总分", "<", "<", "<", "<", "<", "100", "99.5", "" };
        return new[] { LayoutFiles.Across("项目支出绩效自评表", 9), LayoutFiles.Across("（2023年度）", 9) }.Concat(rows).ToArray();
    }

    FormResult Check(string kind, string[][] rows) => Assert.Single(LayoutFiles.Check(_dir, kind, null, rows).Forms);

    static string Codes(FormResult r) => LayoutFiles.Codes(r);

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Levels_of_government_side_by_side_are_all_parts_of_the_total(string kind)
    {
        var rows = WithFunding(("其中：中央资金", "50", "50", "50"), ("省级资金", "20", "20", "20"), ("县级资金", "10", "10", "5"), ("自筹资金", "20", "20", "20"));
        var r = Check(kind, rows);
        Assert.Equal(new[] { "年度资金总额", "其中：中央资金", "自筹资金", "省级资金", "县级资金" }, r.Form.FundingRows.Select(x => x.Label));
        Assert.Equal(95m, r.Form.FundingParts.Sum(p => p.Executed.Value));
        Assert.Equal("", Codes(r));

        // One part off by 1: the breakdown no longer adds up.
        rows[8][5] = "6";
        Assert.Equal("PE101", Codes(Check(kind, rows)));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Levels_under_a_fiscal_row_break_it_down_and_are_not_summed_twice(string kind)
    {
        var r = Check(kind, WithFunding(("其中：财政资金", "80", "80", "75"), ("中央补助资金", "50", "50", "50"), ("本级财政资金", "30", "30", "25"),
            ("社会资金", "15", "15", "15"), ("银行贷款", "5", "5", "5")));
        var f = r.Form;
        Assert.Equal("其中：财政资金", f.Appropriation!.Label);
        Assert.Equal(new[] { "中央补助资金", "本级财政资金" }, f.SubFunding.Select(x => x.Label));
        Assert.Equal(new[] { "其中：财政资金", "社会资金", "银行贷款" }, f.FundingParts.Select(x => x.Label));
        Assert.Equal("", Codes(r));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void A_row_naming_no_known_source_is_counted_and_said(string kind)
    {
        var r = Check(kind, WithFunding(("其中：当年财政拨款", "90", "90", "85"), ("彩票公益金", "10", "10", "10")));
        var part = Assert.Single(r.Form.MoreFunding);
        Assert.Equal("彩票公益金", part.Label);
        Assert.Equal(10m, part.Executed.Value);
        var pe006 = Assert.Single(r.Findings, x => x.Rule == "PE006");
        Assert.Contains("彩票公益金", pe006.Message);
        Assert.Equal(kind == "docx" ? "表1 第8行 第2列" : "Sheet1!B8", pe006.Cell!.ToString());
        // The breakdown adds up with it: no false PE101.
        Assert.Equal("PE006", Codes(r));
    }
}
