using System.Text;
using System.Text.Json;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Batch;

/// <summary>
/// A batch of 200 generated forms: parallel and sequential runs write the
/// same bytes, and the outputs of N shards together are the whole.
/// </summary>
public class BatchRunTests : IClassFixture<GeneratedFolder>
{
    readonly GeneratedFolder _folder;

    public BatchRunTests(GeneratedFolder folder) => _folder = folder;

    [Fact]
    public void Parallel_and_sequential_json_reports_are_byte_identical()
    {
        var sequential = Run("check", _folder.Root, "--format", "json", "-j", "1", "--fail-on", "never");
        var parallel = Run("check", _folder.Root, "--format", "json", "-j", "4", "--fail-on", "never");
        Assert.Equal(0, sequential.Exit);
        Assert.Equal(sequential.Out, parallel.Out);

        var root = JsonDocument.Parse(parallel.Out).RootElement;
        Assert.Equal(_folder.FormCount, root.GetProperty("summary").GetProperty("forms").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();
        Assert.Equal(GeneratedFolder.Files + 1, files.Count); // + the broken one; 说明.txt is not an input
        Assert.Equal(files.OrderBy(p => p, StringComparer.Ordinal), files); // input order: sorted within the folder
        var broken = root.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString()!.EndsWith("损坏.docx"));
        Assert.Equal("PE001", broken.GetProperty("findings")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public void Jsonl_shards_together_are_the_whole_run()
    {
        var whole = Lines(Run("check", _folder.Root, "--format", "jsonl", "-j", "2").Out);
        var shards = Enumerable.Range(0, 3)
            .Select(k => Lines(Run("check", _folder.Root, "--format", "jsonl", "--shard", $"{k}/3").Out)).ToList();

        Assert.All(shards, s => Assert.NotEmpty(s));
        Assert.Equal(Sorted(whole), Sorted(shards.SelectMany(s => s)));
        var pathsPerShard = shards.Select(s => s.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).ToHashSet()).ToList();
        for (int a = 0; a < 3; a++)
            for (int b = a + 1; b < 3; b++)
                Assert.Empty(pathsPerShard[a].Intersect(pathsPerShard[b]));
    }

    [Fact]
    public void Csv_shards_joined_under_one_header_are_the_whole_summary()
    {
        var dir = Directory.CreateTempSubdirectory("perfeval-shards-").FullName;
        try
        {
            var whole = Path.Combine(dir, "whole.csv");
            Assert.Equal(1, Run("summary", _folder.Root, "--out", whole, "--header", "en").Exit); // 1: the broken file has no row
            var parts = Enumerable.Range(0, 4).Select(k => Path.Combine(dir, $"part{k}.csv")).ToList();
            for (int k = 0; k < 4; k++) Run("summary", _folder.Root, "--out", parts[k], "--header", "en", "--shard", $"{k}/4");

            // docs/batch.md: keep the first file whole, drop the header line of the others (tail -n +2).
            var joined = new List<string>(CsvLines(parts[0]));
            foreach (var p in parts.Skip(1)) joined.AddRange(CsvLines(p).Skip(1));
            var expected = CsvLines(whole);
            Assert.Equal(expected[0], joined[0]);
            Assert.Equal(_folder.FormCount + 1, expected.Count);
            Assert.Equal(Sorted(expected.Skip(1)), Sorted(joined.Skip(1)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_shard_is_stable_whatever_folder_the_data_sits_in()
    {
        var copy = Directory.CreateTempSubdirectory("perfeval-moved-").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(_folder.Root, "*.docx", SearchOption.AllDirectories).Take(12))
            {
                var target = Path.Combine(copy, Path.GetRelativePath(_folder.Root, f));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(f, target);
            }
            string Relative(string line, string root) => Path.GetRelativePath(root, JsonDocument.Parse(line).RootElement.GetProperty("path").GetString()!);
            for (int k = 0; k < 2; k++)
            {
                var there = Lines(Run("check", copy, "--format", "jsonl", "--shard", $"{k}/2").Out).Select(l => Relative(l, copy)).ToHashSet();
                var here = Lines(Run("check", _folder.Root, "--format", "jsonl", "--shard", $"{k}/2").Out).Select(l => Relative(l, _folder.Root)).ToHashSet();
                Assert.Subset(here, there); // the copy holds 12 of the files; each is in the same shard as its original
            }
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Department_rollup_counts_every_generated_form_once()
    {
        var dir = Directory.CreateTempSubdirectory("perfeval-dept-").FullName;
        try
        {
            var outPath = Path.Combine(dir, "dept.csv");
            Run("summary", _folder.Root, "--out", outPath, "--by", "department", "--header", "en");
            var rows = CsvLines(outPath).Skip(1).Select(l => l.Split(',')).ToList();
            Assert.Equal(GeneratedFolder.Departments, rows.Select(r => r[0])); // order of first appearance
            for (int d = 0; d < rows.Count; d++) // form n went to department n mod 3
                Assert.Equal(Enumerable.Range(0, _folder.FormCount).Count(n => n % 3 == d), int.Parse(rows[d][1]));
            // 优+良+中+差 = the department's graded forms; ungraded = those whose weights are not 100 (no grade).
            var formsPath = Path.Combine(dir, "forms.csv");
            Run("summary", _folder.Root, "--out", formsPath, "--header", "en");
            var forms = CsvFile.Read(formsPath);
            Assert.All(rows, r => Assert.Equal(forms.Rows.Count(f => forms.Cell(f, "department") == r[0] && forms.Cell(f, "grade") != ""),
                r.Skip(6).Take(4).Sum(int.Parse)));
            Assert.All(rows, r => Assert.Equal(forms.Rows.Count(f => forms.Cell(f, "department") == r[0] && forms.Cell(f, "grade") == ""),
                int.Parse(r[10])));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    static List<string> Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    static List<string> Sorted(IEnumerable<string> lines) => lines.OrderBy(l => l, StringComparer.Ordinal).ToList();

    /// <summary>The physical lines of a CSV file (no generated cell holds a line break), the BOM kept on the first.</summary>
    static List<string> CsvLines(string path) =>
        Encoding.UTF8.GetString(File.ReadAllBytes(path)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
}
