using System.Diagnostics;
using System.Globalization;
using PerfEval.Grid;
using PerfEval.Readers;
using PerfEval.Readers.Legacy;
using PerfEval.Samples;

namespace PerfEval.Bench;

/// <summary>
/// `legacy`: the legacy corpus of issue 16. N single-form files of each
/// kind, written as .docx and .xlsx and then saved by LibreOffice as .doc
/// and .xls (the same forms in both formats). Measures, as CPU time per file
/// on one thread once the JIT has settled: the .docx and .xlsx readers, the
/// native .doc and .xls readers on the twins (target: within 3× per form),
/// then `perfeval check` over each folder as a user runs it (CPU time and
/// peak memory), and, for the record, the LibreOffice conversion path
/// (`LegacyConversion` with Native off) on a few files.
/// </summary>
public static class LegacyCorpus
{
    const int Version = 1;

    sealed record Options(int Files, int Passes, int Converted, int Jobs, string CorpusDir, string Perfeval);

    public static int Run(string[] args)
    {
        var o = Parse(args);
        var root = Ensure(o.Files, o.CorpusDir);
        Console.WriteLine($"legacy corpus: {o.Files} forms in each of .docx, .doc, .xlsx, .xls ({root})");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; CPU ms per file, one thread, pass {o.Passes} of {o.Passes}");

        var stages = new (string Kind, Func<IDocumentReader> Reader)[]
        {
            ("docx", () => new WordReader()),
            ("doc", () => new DocReader()),
            ("xlsx", () => new XlsxReader()),
            ("xls", () => new XlsReader()),
        };
        var perFile = new Dictionary<string, double>();
        foreach (var (kind, make) in stages)
        {
            var files = Directory.GetFiles(Path.Combine(root, kind)).OrderBy(f => f, StringComparer.Ordinal).ToList();
            int forms = 0;
            double ms = 0;
            for (int p = 0; p < o.Passes; p++)
            {
                var reader = make();
                forms = 0;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var f in files)
                    forms += Forms(reader.Read(f));
                ms = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / files.Count;
            }
            if (forms < files.Count)
                throw new InvalidOperationException($"{kind}: {forms} forms read from {files.Count} files");
            perFile[kind] = ms;
            Console.WriteLine(Invariant($"  read {kind,-5} {ms,8:0.000} ms/file"));
        }
        Console.WriteLine(Invariant($"  ratio .doc ÷ .docx  {perFile["doc"] / perFile["docx"],5:0.00}×   (target ≤ 3×)"));
        Console.WriteLine(Invariant($"  ratio .xls ÷ .xlsx  {perFile["xls"] / perFile["xlsx"],5:0.00}×   (target ≤ 3×)"));

        if (o.Perfeval.Length > 0 && File.Exists(o.Perfeval))
        {
            Console.WriteLine($"perfeval check --jobs {o.Jobs} over each folder ({o.Perfeval}):");
            foreach (var kind in new[] { "docx", "doc", "xlsx", "xls" })
            {
                var m = Measured.Run(o.Perfeval, new[] { "check", "--no-progress", "--fail-on", "never", "--format", "jsonl", "--jobs", o.Jobs.ToString(CultureInfo.InvariantCulture), Path.Combine(root, kind) });
                if (m.ExitCode != 0) throw new InvalidOperationException($"perfeval exited {m.ExitCode} on {kind}: {m.Stderr}");
                Console.WriteLine(Invariant($"  {kind,-5} wall {m.Wall.TotalSeconds,7:0.00} s  CPU {m.Cpu?.TotalSeconds ?? double.NaN,7:0.00} s  peak {m.PeakBytes / 1048576.0,6:0} MB"));
            }
        }

        if (o.Converted > 0 && LegacyConversion.DefaultSoffice is not null)
        {
            Console.WriteLine($"for the record, the LibreOffice conversion path (Native off) on {o.Converted} files of each kind:");
            foreach (var (kind, target) in new[] { ("doc", LegacyTarget.Docx), ("xls", LegacyTarget.Xlsx) })
            {
                var files = Directory.GetFiles(Path.Combine(root, kind)).OrderBy(f => f, StringComparer.Ordinal).Take(o.Converted).ToList();
                var reader = new LegacyConversion(target) { Native = false };
                var clock = Stopwatch.StartNew();
                foreach (var f in files)
                    Forms(reader.Read(f));
                Console.WriteLine(Invariant($"  convert {kind,-4} {clock.Elapsed.TotalMilliseconds / files.Count,8:0} ms/file wall (soffice start-up included)"));
            }
        }
        return 0;
    }

    static int Forms(SourceDocument doc) => doc.Grids.Count(g => g.Rows.Any(r => r.Cells.Any(c => c.Text.Contains("项目名称", StringComparison.Ordinal))));

    static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    static Options Parse(string[] args)
    {
        int files = 200, passes = 3, converted = 5, jobs = Environment.ProcessorCount;
        string corpus = Path.Combine(SeedText.FindRepoRoot(), "bench", "corpus");
        string perfeval = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "perfeval.exe" : "perfeval");
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--files": files = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--passes": passes = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--convert": converted = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--jobs": jobs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--corpus": corpus = Path.GetFullPath(Next()); break;
                case "--perfeval": perfeval = Path.GetFullPath(Next()); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new Options(Math.Max(1, files), Math.Max(1, passes), converted, jobs, corpus, perfeval);
    }

    /// <summary>The four folders docx/, doc/, xlsx/, xls/ of one corpus, made once and kept while the stamp matches.</summary>
    static string Ensure(int files, string baseDir)
    {
        var root = Path.Combine(baseDir, $"legacy-{files}");
        var stamp = Path.Combine(root, "corpus.ok");
        var expected = $"v{Version} {files}";
        if (File.Exists(stamp) && File.ReadAllText(stamp) == expected)
            return root;
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var clock = Stopwatch.StartNew();
        Console.Error.WriteLine($"generating the legacy corpus: {files} forms per format in {root}");
        var seed = SeedText.LoadDefault();
        foreach (var kind in new[] { "docx", "xlsx" })
            Directory.CreateDirectory(Path.Combine(root, kind));
        Parallel.For(0, files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var form = new[] { Variants.Make(seed, i) };
            var name = "f" + i.ToString("D5", CultureInfo.InvariantCulture);
            DocxSampleWriter.Write(form, Path.Combine(root, "docx", name + ".docx"), heading: null);
            XlsxSampleWriter.Write(form, Path.Combine(root, "xlsx", name + ".xlsx"));
        });
        Convert(Path.Combine(root, "docx"), "doc", Path.Combine(root, "doc"), root);
        Convert(Path.Combine(root, "xlsx"), "xls", Path.Combine(root, "xls"), root);
        File.WriteAllText(stamp, expected);
        Console.Error.WriteLine($"  done in {clock.Elapsed.TotalSeconds:0}s");
        return root;
    }

    /// <summary>Saves every file of a folder in the old format with LibreOffice, 100 files per soffice run, each run with its own profile.</summary>
    static void Convert(string from, string format, string to, string root)
    {
        Directory.CreateDirectory(to);
        var soffice = LegacyConversion.DefaultSoffice ?? throw new InvalidOperationException(
            "LibreOffice (soffice) is needed to write .doc/.xls: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui");
        var chunks = Directory.GetFiles(from).OrderBy(f => f, StringComparer.Ordinal).Chunk(100).ToList();
        Parallel.ForEach(chunks, new ParallelOptions { MaxDegreeOfParallelism = 2 }, (chunk, _, n) =>
        {
            var profile = Path.Combine(root, $"profile-{format}-{n}");
            var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--convert-to", format, "--outdir", to })
                psi.ArgumentList.Add(a);
            foreach (var f in chunk) psi.ArgumentList.Add(f);
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + soffice);
            var errors = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            errors.Wait();
            Directory.Delete(profile, recursive: true);
        });
        int made = Directory.GetFiles(to).Length, wanted = Directory.GetFiles(from).Length;
        if (made != wanted)
            throw new InvalidOperationException($"LibreOffice wrote {made} .{format} files of {wanted}");
    }
}
