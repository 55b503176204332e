using System.Diagnostics;
using System.Text.Json;
using PerfEval.Cli;
using PerfEval.Samples;
using PerfEval.Tests.EndToEnd;

using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// The whole corpus in one folder with the seed samples and oddly named
/// copies of them, checked as one batch through the CLI: every bad file gets
/// its finding, the samples' findings are exactly those of a normal run (and
/// of forms.md), nothing crashes, nothing leaks.
/// </summary>
public sealed class HostileBatchTests : IDisposable
{
    readonly string _root = Directory.CreateTempSubdirectory("perfeval-batch-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    static string Sample(string ext) => Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1" + ext);


    [Fact]
    public void The_corpus_and_the_seed_samples_in_one_batch()
    {
        var batch = Directory.CreateDirectory(Path.Combine(_root, "提交材料")).FullName;
        var corpus = Corpus.All(_root); // the secret file stays outside the batch folder
        foreach (var file in corpus)
            file.Make(Path.Combine(batch, file.Name));
        File.Copy(Sample(".docx"), Path.Combine(batch, "附件1.docx"));
        File.Copy(Sample(".xlsx"), Path.Combine(batch, "附件1.xlsx"));
        foreach (var name in Corpus.OddNames)
            File.Copy(Sample(Path.GetExtension(name)), Path.Combine(batch, name));

        // For the manual run docs/security.md describes (time and memory of the real perfeval on this batch).
        if (Environment.GetEnvironmentVariable("PERFEVAL_KEEP_BATCH") is { Length: > 0 } keep)
            CopyTree(batch, keep);

        var clock = Stopwatch.StartNew();
        var (exit, output, err) = Run("check", batch, "--format", "json", "--jobs", "2");
        clock.Stop();

        Assert.Equal(1, exit);
        Assert.Equal("", err);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain(Corpus.Secret, output);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"the batch took {clock.Elapsed}");

        using var doc = JsonDocument.Parse(output);
        var files = doc.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!));
        Assert.Equal(corpus.Count + 2 + Corpus.OddNames.Length, files.Count);

        foreach (var file in corpus)
            MatchesJson(file, files[file.Name]);

        var normal = NormalRun();
        foreach (var (name, ext) in new[] { ("附件1.docx", ".docx"), ("附件1.xlsx", ".xlsx") }.Concat(Corpus.OddNames.Select(n => (n, Path.GetExtension(n)))))
        {
            Assert.Equal(normal[ext], Forms(files[name]));
            AssertSeedTable(files[name], name);
        }
    }

    /// <summary>Copies the batch as it is: a symbolic link stays a link (to a FIFO, say), a FIFO is made again.</summary>
    static void CopyTree(string from, string to)
    {
        using var cp = Process.Start("cp", new[] { "-a", from + "/.", to });
        cp.WaitForExit();
    }

    static Dictionary<string, string> NormalRun()
    {
        var (_, output, _) = Run("check", Sample(".docx"), Sample(".xlsx"), "--format", "json");
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetExtension(f.GetProperty("path").GetString()!), Forms);
    }

    /// <summary>Everything about a file's forms, as JSON text: equal text means equal findings, numbers and locations.</summary>
    static string Forms(JsonElement file) => file.GetProperty("forms").GetRawText();

    static void AssertSeedTable(JsonElement file, string name)
    {
        var forms = file.GetProperty("forms").EnumerateArray().ToList();
        Assert.Equal(SeedTable.Rows.Length, forms.Count);
        foreach (var (row, form) in SeedTable.Rows.Zip(forms))
        {
            var codes = form.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("severity").GetString() is "error" or "warning")
                .Select(f => f.GetProperty("rule").GetString()!).OrderBy(c => c, StringComparer.Ordinal);
            Assert.True(row.Codes.SequenceEqual(codes), $"{name} form {row.Index}: [{string.Join(' ', codes)}]");
        }
    }

    static void MatchesJson(BadFile file, JsonElement json)
    {
        var expect = file.Expect;
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        var forms = json.GetProperty("forms").EnumerateArray().ToList();
        if (expect.FileRule is not null)
        {
            var finding = Assert.Single(findings);
            Assert.True(expect.FileRule == finding.GetProperty("rule").GetString(), $"{file.Name}: {finding}");
            Assert.Contains(expect.Phrase, finding.GetProperty("message").GetString());
            Assert.Empty(forms);
            return;
        }
        Assert.Empty(findings);
        Assert.True(expect.Forms == forms.Count, $"{file.Name}: {forms.Count} forms");
        var codes = forms.SelectMany(f => f.GetProperty("findings").EnumerateArray())
            .Where(f => f.GetProperty("severity").GetString() is "error" or "warning")
            .Select(f => f.GetProperty("rule").GetString()!).Where(r => r != "PE204");
        Assert.True(HostileAssert.Sorted(expect.FormRules!) == HostileAssert.Sorted(codes), $"{file.Name}: [{HostileAssert.Sorted(codes)}]");
    }
}
