using System.Text.Json;
using PerfEval.Cli;
using PerfEval.Samples;

namespace PerfEval.Tests.EndToEnd;

/// <summary>
/// `perfeval check samples/附件1.docx --format json` must report exactly the
/// seed table of forms.md: the project, totals, weights, grade and the
/// multiset of error and warning codes of each of the 12 forms.
/// </summary>
public class SeedEndToEndTests
{
    static string Sample(string ext) => Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1" + ext);

    public static TheoryData<string> SampleFiles => new() { ".docx", ".xlsx" };

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Check_json_reports_the_seed_table(string ext)
    {
        var path = Sample(ext);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = App.Run(new[] { "check", path, "--format", "json" }, stdout, stderr);
        Assert.Equal(1, exit); // the seed has errors
        Assert.Equal("", stderr.ToString());

        using var doc = JsonDocument.Parse(stdout.ToString());
        var file = Assert.Single(doc.RootElement.GetProperty("files").EnumerateArray());
        Assert.Empty(file.GetProperty("findings").EnumerateArray());
        var forms = file.GetProperty("forms").EnumerateArray().ToList();
        Assert.Equal(SeedTable.Rows.Length, forms.Count);

        foreach (var (row, form) in SeedTable.Rows.Zip(forms))
        {
            var at = $"form {row.Index} {row.Project}";
            Assert.True(row.Index == form.GetProperty("index").GetInt32(), at);
            Assert.Equal(row.Project, form.GetProperty("project").GetString());
            Assert.Equal(2021, form.GetProperty("year").GetInt32());
            var stated = form.GetProperty("statedTotal");
            Assert.True(row.Stated == (stated.ValueKind == JsonValueKind.Null ? null : stated.GetDecimal()), at + " statedTotal");
            Assert.True(row.ItemSum == form.GetProperty("itemSum").GetDecimal(), at + " itemSum");
            Assert.True(row.Weights == form.GetProperty("weightSum").GetDecimal(), at + " weightSum");
            Assert.True(row.Recomputed == form.GetProperty("recomputedTotal").GetDecimal(),
                $"{at} recomputedTotal {form.GetProperty("recomputedTotal").GetDecimal()}");
            Assert.Equal(row.Grade, form.GetProperty("grade").GetString());

            var findings = form.GetProperty("findings").EnumerateArray().ToList();
            var codes = findings
                .Where(f => f.GetProperty("severity").GetString() is "error" or "warning")
                .Select(f => f.GetProperty("rule").GetString()!)
                .OrderBy(c => c, StringComparer.Ordinal).ToArray();
            Assert.True(row.Codes.SequenceEqual(codes), $"{at}: expected [{string.Join(' ', row.Codes)}] got [{string.Join(' ', codes)}]");

            var infos = findings.Where(f => f.GetProperty("severity").GetString() == "info").Select(f => f.GetProperty("rule").GetString()).ToList();
            Assert.Equal(SeedTable.LevelWeightInfo.Contains(row.Index), infos.Contains("PE207"));

            foreach (var f in findings)
            {
                Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("message").GetString()));
                Assert.StartsWith(ext == ".docx" ? "表" : "", f.GetProperty("location").GetString());
            }
        }

        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
        Assert.Equal(12, summary.GetProperty("forms").GetInt32());
    }

    [Fact]
    public void Seed_findings_name_the_numbers_and_the_cell()
    {
        var stdout = new StringWriter();
        App.Run(new[] { "check", Sample(".docx"), "--format", "jsonl" }, stdout, new StringWriter());
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var pe302 = Assert.Single(lines, l => l.GetProperty("rule").GetString() == "PE302" && l.GetProperty("form").GetInt32() == 12);
        Assert.Equal("总分 87.4 与各项得分合计 84.7 不符", pe302.GetProperty("message").GetString());
        Assert.Equal("外事宣传费", pe302.GetProperty("project").GetString());
        Assert.Equal(84.7m, pe302.GetProperty("expected").GetDecimal());
        Assert.Equal(87.4m, pe302.GetProperty("actual").GetDecimal());

        var pe103 = Assert.Single(lines, l => l.GetProperty("rule").GetString() == "PE103");
        Assert.Equal(11, pe103.GetProperty("form").GetInt32());
        Assert.Contains("20.04%", pe103.GetProperty("message").GetString());
        Assert.Contains("20.4%", pe103.GetProperty("message").GetString());

        var pe104 = Assert.Single(lines, l => l.GetProperty("rule").GetString() == "PE104" && l.GetProperty("form").GetInt32() == 6);
        Assert.Equal(0.11m, pe104.GetProperty("expected").GetDecimal());
        Assert.Equal(0.07m, pe104.GetProperty("actual").GetDecimal());
        // The 得分 cell of the 年度资金总额 row: the 9th grid column of table 6.
        Assert.Matches(@"^表6 第\d+行 第9列$", pe104.GetProperty("location").GetString());
    }
}
