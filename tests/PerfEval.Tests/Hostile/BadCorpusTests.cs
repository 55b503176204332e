using System.Diagnostics;
using PerfEval.Pipeline;
using PerfEval.Model;

namespace PerfEval.Tests.Hostile;

/// <summary>Each file of the bad-file corpus, checked alone: its finding, in bounded time and memory.</summary>
public sealed class BadCorpusTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-corpus-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Corpus.All(Path.GetTempPath())) data.Add(file.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_bad_file_yields_its_finding_within_the_limits(string name)
    {
        var file = Corpus.All(_dir).Single(f => f.Name == name);
        var path = Path.Combine(_dir, file.Name);
        file.Make(path);

        var clock = Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = new Checker().Check(path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{name} took {clock.Elapsed}");
        // Everything the check allocated, not only what it kept: a bound on the peak too.
        Assert.True(allocated < 1L << 30, $"{name} allocated {allocated / (1 << 20)} MiB");
        HostileAssert.Matches(file, result);
        Assert.DoesNotContain(Corpus.Secret, string.Concat(result.AllFindings.Select(f => f.Message)));
    }
}

/// <summary>A crafted cell of one giant text node is read in constant memory: only the capped characters are kept.</summary>
public sealed class HugeTextNodeTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-huge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_64_MiB_text_node_costs_no_more_than_its_cap()
    {
        var path = Path.Combine(_dir, "huge.docx");
        Corpus.Bomb(path, 64L * 1024 * 1024, lie: false);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var doc = new PerfEval.Readers.WordReader().Read(path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(doc.Grids);
        // Materializing the node would cost 128 MiB for the string alone; the cap is 100,000 characters.
        Assert.True(allocated < 16L << 20, $"allocated {allocated >> 20} MiB");
    }

    [Fact]
    public void A_64_MiB_shared_string_costs_no_more_than_its_cap()
    {
        var path = Path.Combine(_dir, "huge.xlsx");
        var book = new PerfEval.Tests.Readers.TestXlsx();
        book.AddSheet("S").Shared("A1", "x");
        book.Write(path);
        Corpus.PatchPart(path, "xl/sharedStrings.xml", xml => xml.Replace(">x<", ">" + new string('0', 64 << 20) + "<"));

        long before = GC.GetAllocatedBytesForCurrentThread();
        var text = new PerfEval.Readers.XlsxReader().Read(path).Grids[0].Rows[0].Cells[0].Text;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(PerfEval.Readers.ReaderLimits.DefaultMaxCellChars, text.Length);
        Assert.True(allocated < 16L << 20, $"allocated {allocated >> 20} MiB");
    }
}

internal static class HostileAssert
{
    public static void Matches(BadFile file, FileResult result)
    {
        var expect = file.Expect;
        if (expect.FileRule is not null)
        {
            var finding = Assert.Single(result.Findings);
            Assert.Equal(expect.FileRule, finding.Rule);
            Assert.Contains(expect.Phrase, finding.Message);
            // Says what to do, not only what is wrong; never a stack trace.
            Assert.Matches("请|安装|另存为", finding.Message);
            Assert.DoesNotContain("   at ", finding.Message);
            Assert.Empty(result.Forms);
            return;
        }
        Assert.Empty(result.Findings);
        Assert.Equal(expect.Forms, result.Forms.Count);
        Assert.Equal(Sorted(expect.FormRules!), Sorted(FormRules(result.Forms.SelectMany(f => f.Findings))));
    }

    /// <summary>Errors and warnings, less PE204 (every lost point draws one; the cases are not about reasons).</summary>
    public static IEnumerable<string> FormRules(IEnumerable<PerfEval.Findings.Finding> findings) =>
        findings.Where(f => f.Severity >= PerfEval.Findings.Severity.Warning && f.Rule != "PE204").Select(f => f.Rule);

    public static string Sorted(IEnumerable<string> codes) => string.Join(' ', codes.OrderBy(c => c, StringComparer.Ordinal));
}
