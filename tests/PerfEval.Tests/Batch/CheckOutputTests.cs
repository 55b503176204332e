using System.Text.Json;
using System.Text.RegularExpressions;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Batch;

/// <summary>`check --format csv`, `--statistics`, and what reaches stderr when it is not a terminal.</summary>
public class CheckOutputTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Csv_has_one_row_per_finding_with_the_jsonl_content()
    {
        var (exit, csvText, err) = Run("check", SampleDocx, "--format", "csv");
        Assert.Equal(1, exit);
        Assert.Equal("", err);
        Assert.False(csvText.StartsWith('\uFEFF')); // stdout: no BOM, it would break pipes
        var csv = CsvFile.Parse(System.Text.Encoding.UTF8.GetBytes(csvText));
        Assert.Equal("path,form,project,rule,severity,location,message,expected,actual", string.Join(',', csv.Header));

        var jsonl = Run("check", SampleDocx, "--format", "jsonl").Out
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(jsonl.Count, csv.Rows.Count);
        foreach (var (j, row) in jsonl.Zip(csv.Rows))
        {
            Assert.Equal(j.GetProperty("rule").GetString(), csv.Cell(row, "rule"));
            Assert.Equal(j.GetProperty("location").GetString(), csv.Cell(row, "location"));
            Assert.Equal(j.GetProperty("message").GetString(), csv.Cell(row, "message"));
            Assert.Equal(j.GetProperty("form").GetInt32().ToString(), csv.Cell(row, "form"));
            var expected = j.GetProperty("expected");
            Assert.Equal(expected.ValueKind == JsonValueKind.Null ? null : expected.GetDecimal(), csv.Number(row, "expected"));
        }
    }

    [Fact]
    public void Csv_to_a_file_carries_the_bom_for_excel()
    {
        var path = Path.Combine(_dir, "findings.csv");
        Assert.Equal(1, Run("check", SampleDocx, "--format", "csv", "--output", path).Exit);
        var csv = CsvFile.Read(path);
        Assert.True(csv.HasBom);
        Assert.Contains(csv.Rows, r => csv.Cell(r, "project") == "外事宣传费" && csv.Cell(r, "rule") == "PE302");
    }

    [Fact]
    public void Statistics_count_findings_per_rule_most_frequent_first()
    {
        var jsonl = Run("check", SampleDocx, "--format", "jsonl").Out
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("rule").GetString()!).ToList();
        var expected = jsonl.GroupBy(r => r).Select(g => (Rule: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Rule, StringComparer.Ordinal).ToList();

        // text: after the report, on stdout.
        var text = Run("check", SampleDocx, "--statistics");
        var lines = text.Out.TrimEnd('\n').Split('\n');
        var stats = lines.TakeLast(expected.Count).Select(Parse).ToList();
        Assert.Equal(expected, stats);
        Assert.Equal("", lines[^(expected.Count + 1)]); // a blank line after the closing line

        // json: stdout stays exactly the report; the statistics go to stderr.
        var json = Run("check", SampleDocx, "--format", "json", "--statistics");
        JsonDocument.Parse(json.Out);
        Assert.Equal(expected, json.Err.TrimEnd('\n').Split('\n').Select(Parse).ToList());
        Assert.Contains("missing-deviation-reason", json.Err);
    }

    [Fact]
    public void Machine_formats_write_nothing_else_when_stderr_is_not_a_terminal()
    {
        foreach (var format in new[] { "json", "jsonl", "csv" })
        {
            var (_, _, err) = Run("check", SampleDocx, Path.Combine(PerfEval.Samples.SeedText.FindRepoRoot(), "samples"), "--format", format);
            Assert.Equal("", err); // neither a progress line nor a closing line
        }
    }

    static (string, int) Parse(string line)
    {
        var m = Regex.Match(line, @"^\s*(\d+)  (PE\d{3})  (error|warning|info)\s+[a-z0-9-]+$");
        Assert.True(m.Success, line);
        return (m.Groups[2].Value, int.Parse(m.Groups[1].Value));
    }
}
