using System.Text.Json;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Cli;

/// <summary>--write-baseline accepts today's findings; --baseline then reports only new ones, and says how many it hid.</summary>
public class BaselineTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-baseline-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Copy(string name)
    {
        var path = Path.Combine(_dir, "forms", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(SampleDocx, path, overwrite: true);
        return path;
    }

    static int Count(string jsonl) => jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public void A_rerun_against_the_baseline_reports_nothing_and_counts_what_it_suppressed()
    {
        var form = Copy("a.docx");
        var baseline = Path.Combine(_dir, "perfeval-baseline.json");
        var (exit, output, err) = Run("check", form, "--write-baseline", baseline);
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Contains("基线已写入", err);

        var (_, all, _) = Run("check", form, "--format", "jsonl");
        (exit, output, _) = Run("check", form, "--format", "jsonl", "--baseline", baseline);
        Assert.Equal(0, exit);
        Assert.Equal("", output);

        var (_, text, _) = Run("check", form, "--baseline", baseline);
        Assert.Contains($"已有的 {Count(all)} 个问题未报告", text);
    }

    [Fact]
    public void Files_are_keyed_relative_to_the_baseline_so_it_travels_with_the_forms()
    {
        var form = Copy("a.docx");
        var baseline = Path.Combine(_dir, "b.json");
        Run("check", form, "--write-baseline", baseline);
        var doc = JsonDocument.Parse(File.ReadAllText(baseline)).RootElement;
        Assert.Equal(1, doc.GetProperty("perfevalBaseline").GetInt32());
        var first = doc.GetProperty("findings")[0];
        Assert.Equal("forms/a.docx", first.GetProperty("file").GetString());
        Assert.True(first.GetProperty("count").GetInt32() >= 1);

        // Moved together to another place: still known.
        var moved = Path.Combine(_dir, "moved");
        Directory.CreateDirectory(Path.Combine(moved, "forms"));
        File.Copy(form, Path.Combine(moved, "forms", "a.docx"));
        File.Copy(baseline, Path.Combine(moved, "b.json"));
        var (exit, output, _) = Run("check", Path.Combine(moved, "forms"), "--format", "jsonl", "--baseline", Path.Combine(moved, "b.json"));
        Assert.Equal(0, exit);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_new_file_and_a_finding_beyond_the_known_count_are_reported()
    {
        var a = Copy("a.docx");
        var baseline = Path.Combine(_dir, "b.json");
        Run("check", a, "--write-baseline", baseline);

        // Lower every known count by one: exactly one finding per key becomes new.
        var doc = JsonDocument.Parse(File.ReadAllText(baseline)).RootElement;
        var keys = doc.GetProperty("findings").GetArrayLength();
        var lowered = doc.GetProperty("findings").EnumerateArray()
            .Where(e => e.GetProperty("count").GetInt32() > 1)
            .Select(e => new { file = e.GetProperty("file").GetString(), form = e.GetProperty("form").ValueKind == JsonValueKind.Null ? (int?)null : e.GetProperty("form").GetInt32(), project = e.GetProperty("project").GetString(), rule = e.GetProperty("rule").GetString(), count = e.GetProperty("count").GetInt32() - 1 })
            .ToList();
        File.WriteAllText(baseline, JsonSerializer.Serialize(new { perfevalBaseline = 1, findings = lowered }));
        var (_, output, _) = Run("check", a, "--format", "jsonl", "--baseline", baseline);
        Assert.Equal(keys, Count(output));

        var b = Copy("b.docx");
        Run("check", a, "--write-baseline", baseline);
        var (exit, both, _) = Run("check", a, b, "--format", "jsonl", "--baseline", baseline);
        Assert.Equal(1, exit);
        Assert.All(both.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            line => Assert.EndsWith("b.docx", JsonDocument.Parse(line).RootElement.GetProperty("path").GetString()));
    }

    [Fact]
    public void A_missing_or_foreign_baseline_is_a_usage_error()
    {
        var a = Copy("a.docx");
        var (exit, _, err) = Run("check", a, "--baseline", Path.Combine(_dir, "none.json"));
        Assert.Equal(2, exit);
        Assert.Contains("基线文件不存在", err);
        var foreign = Path.Combine(_dir, "package.json");
        File.WriteAllText(foreign, "{\"name\": \"x\"}");
        (exit, _, err) = Run("check", a, "--baseline", foreign);
        Assert.Equal(2, exit);
        Assert.Contains("不是 perfeval 的基线文件", err);
        File.WriteAllText(foreign, "{not json");
        Assert.Equal(2, Run("check", a, "--baseline", foreign).Exit);
    }

    [Fact]
    public void Select_and_ignore_narrow_one_run()
    {
        var (_, all, _) = Run("check", SampleDocx, "--format", "jsonl");
        var rules = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("rule").GetString()!).ToList();
        Assert.Contains("PE302", rules);

        var (exit, only, _) = Run("check", SampleDocx, "--format", "jsonl", "--select", "pe3");
        var selected = only.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("rule").GetString()!).ToList();
        Assert.Equal(rules.Where(r => r.StartsWith("PE3")), selected);
        Assert.Equal(1, exit);

        var (_, rest, _) = Run("check", SampleDocx, "--format", "jsonl", "--select", "PE3", "--ignore", "PE302,PE304");
        Assert.DoesNotContain("PE302", rest);
        Assert.DoesNotContain("PE304", rest);

        var (passed, _, _) = Run("check", SampleDocx, "--format", "jsonl", "--select", "PE205");
        Assert.Equal(0, passed); // info findings only: nothing at error
    }
}
