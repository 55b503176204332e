using System.Text;
using PerfEval.Model;
using PerfEval.Writers.Csv;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Batch;

/// <summary>The CSV writers on form models: escaping, quoting, numbers, the roll-up's arithmetic.</summary>
public class CsvWriterTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 123", "'+86 123")]
    [InlineData("-数量未达标", "'-数量未达标")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("宣传交流工作经费", "宣传交流工作经费")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_cells_that_a_spreadsheet_would_evaluate_are_escaped(string? value, string expected) =>
        Assert.Equal(expected, CsvText.Text(value));

    [Theory]
    [InlineData("-2", "-2")]
    [InlineData("1234567.5", "1234567.5")]
    [InlineData("12.50", "12.5")]
    [InlineData("100.0", "100")]
    [InlineData("0.0001", "0.0001")]
    public void Numbers_are_invariant_without_separators_or_trailing_zeros(string value, string expected) =>
        Assert.Equal(expected, CsvText.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.154545", "15.45")]
    [InlineData("0.70", "70.00")]
    [InlineData("0.00125", "0.13")] // half away from zero, as Excel rounds
    [InlineData("1.2", "120.00")]
    public void Rates_are_percentages_with_two_decimals(string fraction, string expected) =>
        Assert.Equal(expected, CsvText.Percent(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Gbk_keeps_chinese_and_replaces_what_it_lacks_with_a_question_mark()
    {
        var gbk = CsvEncodings.Find("gbk")!;
        Assert.Equal(936, gbk.CodePage);
        Assert.Equal(new byte[] { 0xD6, 0xD0 }, gbk.GetBytes("中"));
        Assert.Equal("项目?", gbk.GetString(gbk.GetBytes("项目\u0e01")));
        Assert.Null(CsvEncodings.Find("latin1"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, CsvEncodings.Find("utf-8-bom")!.GetPreamble());
        Assert.Empty(CsvEncodings.Find("utf-8")!.GetPreamble());
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_survive_a_round_trip()
    {
        var inds = CleanIndicators();
        inds[0] = Ind("数量指标", "指标1：接待次数", "5次", "4次", "20", "16", reason: "疫情影响，\n部分活动取消，\"延期\"至明年");
        var form = Make(indicators: inds, project: "项目,带逗号");
        var result = Check(form);
        var file = new FileResult("a,b.docx", Array.Empty<PerfEval.Findings.Finding>(), new[] { result });

        var forms = Write(w => { using var c = new FormsCsv(w, CsvHeader.En); c.Write(file); });
        var inds2 = Write(w => { using var c = new IndicatorsCsv(w, CsvHeader.En); c.Write(file); });

        var f = CsvFile.Parse(forms);
        Assert.Equal("a,b.docx", f.Cell(f.Rows[0], "file"));
        Assert.Equal("项目,带逗号", f.Cell(f.Rows[0], "project"));
        var i = CsvFile.Parse(inds2);
        Assert.Equal(6, i.Rows.Count);
        Assert.Equal("疫情影响，\n部分活动取消，\"延期\"至明年", i.Cell(i.Rows[0], "deviation_reason"));
        Assert.Equal("positive", i.Cell(i.Rows[0], "direction"));
        Assert.Equal("reverse", i.Cell(i.Rows[3], "direction")); // 成本指标 without a comparator
        Assert.Equal("qualitative", i.Cell(i.Rows[2], "direction"));
    }

    [Fact]
    public void The_zh_header_has_one_name_per_en_column()
    {
        foreach (var names in new[] { FormsCsv.Columns.Select(c => (c.En, c.Zh)), IndicatorsCsv.Columns.Select(c => (c.En, c.Zh)), DepartmentRollup.Columns.Select(c => (c.En, c.Zh)) })
        {
            var list = names.ToList();
            Assert.Equal(list.Count, list.Select(n => n.Zh).Distinct().Count());
            Assert.Equal(list.Count, list.Select(n => n.En).Distinct().Count());
        }
    }

    [Fact]
    public void The_department_rollup_sums_amounts_and_counts_grades()
    {
        FileResult F(params FormResult[] forms) => new("f.docx", Array.Empty<PerfEval.Findings.Finding>(), forms);
        var rollup = new DepartmentRollup();
        // 财政局 twice (once with stray spaces and a line break), 教育局 once, one without a department.
        rollup.Add(F(
            Check(Make(department: "财政局", total: Funding(FundingKind.Total, "10", "10", "5", "10", "50%", "5"), statedTotal: "95")),
            Check(Make(department: " 财政\n局 ", total: Funding(FundingKind.Total, "30", "", "30", "10", "100%", "10"))),
            // Weights 10 + 75: no grade, so not averaged in with the forms scored out of 100.
            Check(Make(department: "财政局", indicators: new() { Ind("数量指标", "次数", "10次", "10次", "75", "75") }, statedTotal: "85"))));
        rollup.Add(F(Check(Make(department: "教育局", indicators: new() { Ind("数量指标", "次数", "10次", "5次", "90", "45") }, statedTotal: "55"))));
        rollup.Add(F(Check(Make(department: ""))));

        var csv = CsvFile.Parse(Write(w => rollup.Write(w, CsvHeader.En)));
        Assert.Equal("department,forms,budget,executed,execution_rate,mean_recomputed_total,excellent,good,fair,poor,ungraded", string.Join(',', csv.Header));
        Assert.Equal(new[] { "财政局", "教育局", DepartmentRollup.Unnamed }, csv.Rows.Select(r => r[0]));
        var finance = csv.Rows[0];
        Assert.Equal("3", csv.Cell(finance, "forms"));
        Assert.Equal(50m, csv.Number(finance, "budget")); // 10 + 年初 30 where 全年 is blank + 10
        Assert.Equal(45m, csv.Number(finance, "executed"));
        Assert.Equal("90.00", csv.Cell(finance, "execution_rate"));
        Assert.Equal(97.5m, csv.Number(finance, "mean_recomputed_total")); // (95 + 100) / 2, the 85-point form left out
        Assert.Equal(new[] { "2", "0", "0", "0", "1" }, finance.Skip(6));
        Assert.Equal(new[] { "0", "0", "0", "1", "0" }, csv.Rows[1].Skip(6)); // 10 + 45 = 55: 差
    }

    static byte[] Write(Action<TextWriter> write)
    {
        var ms = new MemoryStream();
        using (var w = new StreamWriter(ms, new UTF8Encoding(false), leaveOpen: true)) write(w);
        return ms.ToArray();
    }
}
