using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PerfEval.Samples;

namespace PerfEval.Bench;

/// <summary>
/// `hostile`: issue 13's "done when" batch — one folder holding a file for
/// every row of its table that a file can show, the rest of the hostile
/// corpus, the seed samples and oddly named copies of them — checked by
/// `perfeval check --jobs 2` as a user runs it: wall time, CPU time, peak
/// memory, against the targets (under a minute on two cores, within
/// 500 MB), and the seed samples' findings compared with a normal run of
/// the samples alone. The folder is made by the test that owns the corpus
/// builders (HostileBatchTests, with PERFEVAL_KEEP_BATCH naming where to
/// keep it), so the bench measures exactly what the tests check.
/// </summary>
public static class HostileBatch
{
    public static int Run(string[] args)
    {
        var root = SeedText.FindRepoRoot();
        string batch = Path.Combine(root, "bench", "out", "hostile-batch");
        string perfeval = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "perfeval.exe" : "perfeval");
        int jobs = 2, repeat = 1;
        bool rebuild = false;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--batch": batch = Path.GetFullPath(Next()); break;
                case "--perfeval": perfeval = Path.GetFullPath(Next()); break;
                case "--jobs": jobs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--rebuild": rebuild = true; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (rebuild && Directory.Exists(batch))
            Directory.Delete(batch, recursive: true);
        if (!Directory.Exists(batch) || !Directory.EnumerateFileSystemEntries(batch).Any())
            Build(root, batch);

        var entries = Directory.EnumerateFileSystemEntries(batch).ToList();
        // A link (to a FIFO, say) is not followed: its own size is nothing to read.
        long bytes = entries.Select(e => new FileInfo(e)).Where(f => f.Exists && f.LinkTarget is null).Sum(SafeLength);
        Console.WriteLine($"hostile batch: {entries.Count} entries, {bytes / 1048576.0:0.0} MB, in {batch}");
        Console.WriteLine($"perfeval: {perfeval}; machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var report = Path.Combine(Path.GetTempPath(), $"perfeval-hostile-{Environment.ProcessId}.json");
        Measurement? best = null;
        for (int r = 0; r < Math.Max(1, repeat); r++)
        {
            var m = Measured.Run(perfeval, new[] { "check", batch, "--format", "json", "--no-progress", "--jobs", jobs.ToString(CultureInfo.InvariantCulture), "-o", report, "--force" });
            if (m.ExitCode is not (0 or 1))
                throw new InvalidOperationException($"perfeval exited {m.ExitCode}: {m.Stderr}");
            if (m.Stderr.Length > 0)
                Console.WriteLine("stderr: " + m.Stderr.Trim());
            if (best is null || m.Wall < best.Wall) best = m with { PeakBytes = Math.Max(m.PeakBytes, best?.PeakBytes ?? 0) };
        }
        var seedSame = SeedUnchanged(perfeval, root, report, out int files, out int pe001);
        File.Delete(report);
        double cpu = best!.Cpu?.TotalSeconds ?? double.NaN, mb = best.PeakBytes / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"check --jobs {jobs}: wall {best.Wall.TotalSeconds:0.00} s, CPU {cpu:0.00} s (user + system), peak {mb:0} MB; {files} files, {pe001} PE001"));
        Console.WriteLine($"  wall under 60 s: {(best.Wall.TotalSeconds < 60 ? "yes" : "NO")} (meaningful on a quiet machine only); peak within 500 MB: {(mb <= 500 ? "yes" : "NO")}; seed findings unchanged: {(seedSame ? "yes" : "NO")}");
        return best.Wall.TotalSeconds < 60 && mb <= 500 && seedSame ? 0 : 1;
    }

    static long SafeLength(FileInfo f)
    {
        try { return f.Length; }
        catch (IOException) { return 0; }
    }

    /// <summary>Runs the batch test with PERFEVAL_KEEP_BATCH, which copies its folder (links and FIFOs as they are) to <paramref name="batch"/>.</summary>
    static void Build(string root, string batch)
    {
        Console.Error.WriteLine($"building the hostile batch in {batch} (dotnet test … HostileBatchTests)");
        Directory.CreateDirectory(Path.GetDirectoryName(batch)!);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var a in new[] { "test", Path.Combine(root, "tests", "PerfEval.Tests"), "--filter", "FullyQualifiedName~HostileBatchTests", "--nologo" })
            psi.ArgumentList.Add(a);
        psi.Environment["PERFEVAL_KEEP_BATCH"] = batch;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start dotnet");
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (!Directory.Exists(batch) || !Directory.EnumerateFileSystemEntries(batch).Any())
            throw new InvalidOperationException("the batch test kept no batch:\n" + output + err.Result);
        if (p.ExitCode != 0)
            Console.Error.WriteLine("note: the batch test failed; its batch is measured anyway:\n" + output);
    }

    /// <summary>The seed samples and their oddly named copies in the batch have exactly the forms and findings of a run on the samples alone.</summary>
    static bool SeedUnchanged(string perfeval, string root, string report, out int files, out int pe001)
    {
        using var batch = JsonDocument.Parse(File.ReadAllText(report));
        var byName = batch.RootElement.GetProperty("files").EnumerateArray().ToList();
        files = byName.Count;
        pe001 = byName.Count(f => f.GetProperty("findings").EnumerateArray().Any(x => x.GetProperty("rule").GetString() == "PE001"));
        var samples = Path.Combine(root, "samples");
        var normal = Measured.Run(perfeval, new[] { "check", Path.Combine(samples, "附件1.docx"), Path.Combine(samples, "附件1.xlsx"), "--format", "json", "--no-progress" });
        using var alone = JsonDocument.Parse(normal.Stdout);
        var expected = alone.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetExtension(f.GetProperty("path").GetString()!), f => f.GetProperty("forms").GetRawText());
        var copies = byName.Where(f => Path.GetFileName(f.GetProperty("path").GetString()!) is "附件1.docx" or "附件1.xlsx"
            or "-以减号开头.docx" or "带 空格 的 文件.docx" or "引号\"双\"与'单'.xlsx" or "--output.xlsx").ToList();
        return copies.Count == 6 && copies.All(f => f.GetProperty("forms").GetRawText() == expected[Path.GetExtension(f.GetProperty("path").GetString()!)]);
    }
}
