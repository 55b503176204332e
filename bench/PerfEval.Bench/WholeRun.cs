using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Samples;

namespace PerfEval.Bench;

/// <summary>
/// `whole`: times `perfeval check` (a separate process, as a user runs it)
/// over generated corpora at several sizes, next to the floor on the same
/// files, then start-up on one small file, then `fix` and `summary` when the
/// build has them.
/// </summary>
public static partial class WholeRun
{
    sealed record Options(int Files, int[] Sizes, int Repeat, int Jobs, string CorpusDir, string Perfeval, CorpusKind[] Kinds, string Aot, bool BuildAot);

    /// <param name="Floor">Inflate + XmlReader over every part.</param>
    /// <param name="Inflate">Inflating the same parts only.</param>
    sealed record Row(string Corpus, int Files, int Forms, long Bytes, long XmlBytes, Best Check, Best Floor, Best Inflate);

    sealed record Best(TimeSpan Wall, TimeSpan? Cpu, long Peak);

    [GeneratedRegex(@"(\d+) 个文件，(\d+) 张表")]
    private static partial Regex Closing();

    public static int Run(string[] args)
    {
        var o = Parse(args);
        if (o.Perfeval.Length == 0) o = o with { Perfeval = Publish(aot: false) };
        // A NativeAOT build that fails (a new trim warning is an error) must not cost the rest of a quiet run.
        if (o.Aot.Length == 0 && o.BuildAot) o = o with { Aot = TryPublishAot() };
        Console.WriteLine($"perfeval: {o.Perfeval}{(o.Aot.Length > 0 ? $"; NativeAOT: {o.Aot}" : "")}");
        Console.WriteLine($"machine: {Machine.Describe()}, .NET {Environment.Version}, jobs {o.Jobs}, best of {o.Repeat}");
        var rows = new List<Row>();
        var corpora = new List<Corpus>();
        foreach (var kind in o.Kinds)
        {
            // The mixed corpus holds about Files forms in files of one to five.
            int files = kind == CorpusKind.Mixed ? Math.Max(1, o.Files / 3) : o.Files;
            var corpus = Corpus.Ensure(kind, files, o.CorpusDir, s => Console.Error.WriteLine(s));
            corpora.Add(corpus);
            var sizes = kind == CorpusKind.Mixed ? new[] { files } : o.Sizes.Where(s => s <= files).DefaultIfEmpty(files).ToArray();
            foreach (var size in sizes)
                rows.Add(Measure(o, corpus, size));
        }
        Print(rows);
        Growth(rows);
        var startUp = StartUp(o);
        var others = OtherCommands(o, corpora[0]);
        ReadmeTable(o, rows, startUp, others);
        return 0;
    }

    static Options Parse(string[] args)
    {
        int files = 10_000, repeat = 3, jobs = Environment.ProcessorCount;
        int[]? sizes = null;
        string corpus = Path.Combine(SeedText.FindRepoRoot(), "bench", "corpus");
        string perfeval = "", aot = "";
        bool buildAot = false;
        var kinds = new[] { CorpusKind.Docx, CorpusKind.Xlsx, CorpusKind.Mixed };
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--files": files = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--sizes": sizes = Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--repeat": repeat = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--jobs": jobs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--corpus": corpus = Path.GetFullPath(Next()); break;
                case "--perfeval": perfeval = Path.GetFullPath(Next()); break;
                case "--aot": buildAot = true; break;
                case "--perfeval-aot": aot = Path.GetFullPath(Next()); break;
                case "--kinds": kinds = Next().Split(',').Select(k => Enum.Parse<CorpusKind>(k, ignoreCase: true)).ToArray(); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        // By default: the full size, and the sizes a tenth and a hundredth of it, to show how cost grows.
        sizes ??= new[] { files / 100, files / 10, files }.Where(s => s >= Corpus.BucketSize).Distinct().ToArray();
        if (sizes.Length == 0) sizes = new[] { files };
        return new Options(files, sizes, Math.Max(1, repeat), jobs, corpus, perfeval, kinds, aot, buildAot);
    }

    static Row Measure(Options o, Corpus corpus, int files)
    {
        var buckets = corpus.Buckets(files);
        int forms = corpus.FormsIn(files);
        long bytes = corpus.BytesIn(files);
        WarmCache(buckets);
        var report = Path.Combine(Path.GetTempPath(), $"perfeval-bench-{Environment.ProcessId}.txt");
        Best? check = null, floor = null, inflate = null;
        long xmlBytes = 0;
        var jobs = o.Jobs.ToString(CultureInfo.InvariantCulture);
        for (int r = 0; r < o.Repeat; r++)
        {
            // Both floors and perfeval interleaved, so a busy moment on a shared machine hits all three alike.
            var i = Measured.Run(Self(), new[] { "floor", "--inflate", "--jobs", jobs }.Concat(buckets));
            if (i.ExitCode != 0) throw new InvalidOperationException("inflate floor failed: " + i.Stderr);
            inflate = Keep(inflate, i);
            var f = Measured.Run(Self(), new[] { "floor", "--jobs", jobs }.Concat(buckets));
            if (f.ExitCode != 0) throw new InvalidOperationException("floor failed: " + f.Stderr);
            floor = Keep(floor, f);
            xmlBytes = long.Parse(f.Stdout.Split(' ')[3], CultureInfo.InvariantCulture);

            var c = Measured.Run(o.Perfeval, new[] { "check", "--no-progress", "--fail-on", "never", "--force", "--jobs", o.Jobs.ToString(CultureInfo.InvariantCulture), "-o", report }.Concat(buckets));
            if (c.ExitCode != 0) throw new InvalidOperationException($"perfeval exited {c.ExitCode}: {c.Stderr}");
            var closing = Closing().Match(File.ReadLines(report).Last());
            // A run that read fewer forms than were written did less work than it should: not a valid timing.
            if (!closing.Success || int.Parse(closing.Groups[2].Value) != forms)
                throw new InvalidOperationException($"perfeval reported “{File.ReadLines(report).Last()}” for {files} files, {forms} forms");
            check = Keep(check, c);
        }
        File.Delete(report);
        var row = new Row(Corpus.Name(corpus.Kind), files, forms, bytes, xmlBytes, check!, floor!, inflate!);
        Console.Error.WriteLine($"  {row.Corpus} {files} files: check {row.Check.Wall.TotalSeconds:0.00}s, floor {row.Floor.Wall.TotalSeconds:0.00}s, inflate {row.Inflate.Wall.TotalSeconds:0.00}s");
        return row;
    }

    /// <summary>The fastest run's wall time, the least CPU time, the highest peak seen in any run.</summary>
    static Best Keep(Best? so, Measurement m) => so is null
        ? new Best(m.Wall, m.Cpu, m.PeakBytes)
        : new Best(m.Wall < so.Wall ? m.Wall : so.Wall, Min(so.Cpu, m.Cpu), Math.Max(so.Peak, m.PeakBytes));

    static TimeSpan? Min(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a < b ? a : b;

    static void WarmCache(IEnumerable<string> buckets)
    {
        foreach (var f in buckets.SelectMany(Directory.EnumerateFiles)) File.ReadAllBytes(f);
    }

    static void Print(List<Row> rows)
    {
        Console.WriteLine();
        Console.WriteLine("| corpus | files | forms | MB | XML MB | check s | forms/s | MB/s | XML MB/s | peak MB | floor s | floor peak MB | check ÷ floor | inflate s | check ÷ inflate | check CPU s | floor CPU s | CPU ÷ CPU | inflate CPU s | CPU ÷ inflate CPU |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            double s = r.Check.Wall.TotalSeconds, mb = r.Bytes / 1e6, xml = r.XmlBytes / 1e6;
            string cpu = r.Check.Cpu is { } c && r.Floor.Cpu is { } f
                && r.Inflate.Cpu is { } n
                ? string.Create(CultureInfo.InvariantCulture, $"{c.TotalSeconds:0.00} | {f.TotalSeconds:0.00} | {c / f:0.00} | {n.TotalSeconds:0.00} | {c / n:0.0}")
                : "– | – | – | – | –";
            double inflate = r.Inflate.Wall.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Corpus} | {r.Files} | {r.Forms} | {mb:0.0} | {xml:0} | {s:0.00} | {r.Forms / s:0} | {mb / s:0.0} | {xml / s:0} | {r.Check.Peak / 1e6:0} | {r.Floor.Wall.TotalSeconds:0.00} | {r.Floor.Peak / 1e6:0} | {s / r.Floor.Wall.TotalSeconds:0.00} | {inflate:0.00} | {s / inflate:0.0} | {cpu} |"));
        }
    }

    /// <summary>Cost per form and peak memory of each size against the next smaller size of the same corpus.</summary>
    static void Growth(List<Row> rows)
    {
        Console.WriteLine();
        foreach (var g in rows.GroupBy(r => r.Corpus))
        {
            var sizes = g.ToList();
            for (int i = 1; i < sizes.Count; i++)
            {
                Row a = sizes[i - 1], b = sizes[i];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{g.Key}: {a.Files} → {b.Files} files: time per form ×{b.Check.Wall.TotalSeconds / b.Forms / (a.Check.Wall.TotalSeconds / a.Forms):0.00}, peak memory ×{(double)b.Check.Peak / a.Check.Peak:0.00} (floor ×{(double)b.Floor.Peak / a.Floor.Peak:0.00})"));
            }
        }
    }

    /// <summary>
    /// perfeval as installed: `dotnet publish` (ReadyToRun, see its csproj) into
    /// bench/out/perfeval, or the NativeAOT build (-p:Aot=true) into bench/out/perfeval-aot.
    /// </summary>
    static string Publish(bool aot)
    {
        var root = SeedText.FindRepoRoot();
        var outDir = Path.Combine(root, "bench", "out", aot ? "perfeval-aot" : "perfeval");
        Console.Error.WriteLine($"publishing perfeval{(aot ? " (NativeAOT)" : "")} to {outDir}");
        var args = new List<string> { "publish", Path.Combine(root, "src", "PerfEval.Cli"), "-c", "Release", "-o", outDir, "--nologo" };
        if (aot) args.Add("-p:Aot=true");
        var m = Measured.Run("dotnet", args);
        if (m.ExitCode != 0) throw new InvalidOperationException("dotnet publish failed:\n" + m.Stdout + m.Stderr);
        return Path.Combine(outDir, Exe("perfeval"));
    }

    static string TryPublishAot()
    {
        try
        {
            return Publish(aot: true);
        }
        catch (InvalidOperationException e)
        {
            var errors = e.Message.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).Take(5);
            Console.WriteLine("NativeAOT build failed, measured without it:\n  " + string.Join("\n  ", errors));
            return "";
        }
    }

    static string Exe(string name) => OperatingSystem.IsWindows() ? name + ".exe" : name;

    /// <summary>Median wall and CPU ms of each build, for the README table.</summary>
    static List<(string Build, double Wall, double Cpu)> StartUp(Options o)
    {
        var small = Path.Combine(o.CorpusDir, "startup.docx");
        if (!File.Exists(small))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(small)!);
            DocxSampleWriter.Write(new[] { Variants.Make(SeedText.LoadDefault(), 0) }, small, heading: null);
        }
        Console.WriteLine();
        // The build output (no ReadyToRun) for comparison, when it is not what was measured above.
        var built = Path.Combine(AppContext.BaseDirectory, Exe("perfeval"));
        var builds = new List<(string, string)> { ("published, ReadyToRun", o.Perfeval) };
        if (o.Aot.Length > 0) builds.Add(("NativeAOT", o.Aot));
        builds.Add(("dotnet build output", built));
        var medians = new List<(string, double, double)>();
        foreach (var (what, exe) in builds.DistinctBy(p => p.Item2).Where(p => File.Exists(p.Item2)))
        {
            var wall = new List<double>();
            var cpu = new List<double>();
            for (int i = 0; i < 11; i++)
            {
                var m = Measured.Run(exe, new[] { "check", small });
                if (m.ExitCode is not (0 or 1)) throw new InvalidOperationException($"perfeval exited {m.ExitCode}: {m.Stderr}");
                if (i == 0) continue; // the first run may find the binaries out of the page cache
                wall.Add(m.Wall.TotalMilliseconds);
                cpu.Add(m.Cpu?.TotalMilliseconds ?? double.NaN);
            }
            wall.Sort();
            cpu.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"start-up ({what}): `perfeval check` on one single-form .docx: wall median {wall[wall.Count / 2]:0} ms, best {wall[0]:0} ms, worst {wall[^1]:0} ms; CPU median {cpu[cpu.Count / 2]:0} ms (10 runs)"));
            medians.Add((what, wall[wall.Count / 2], cpu[cpu.Count / 2]));
        }
        return medians;
    }

    /// <summary>
    /// The other batch commands on the first 1,000 files of the first corpus,
    /// with each build: check (text and HTML report), summary, fix and
    /// fix --docx, each next to the floors on the same files.
    /// </summary>
    static List<(string Build, string Command, Measurement M)> OtherCommands(Options o, Corpus corpus)
    {
        int files = Math.Min(1000, corpus.Files);
        var buckets = corpus.Buckets(files);
        WarmCache(buckets);
        var outDir = Directory.CreateTempSubdirectory("perfeval-bench-").FullName;
        var jobs = o.Jobs.ToString(CultureInfo.InvariantCulture);
        var measured = new List<(string, string, Measurement)>();
        try
        {
            var inflate = Measured.Run(Self(), new[] { "floor", "--inflate", "--jobs", jobs }.Concat(buckets));
            var floor = Measured.Run(Self(), new[] { "floor", "--jobs", jobs }.Concat(buckets));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{files} {Corpus.Name(corpus.Kind)} files: inflate floor {inflate.Wall.TotalSeconds:0.00} s, XmlReader floor {floor.Wall.TotalSeconds:0.00} s"));
            Console.WriteLine();
            Console.WriteLine("| build | command | s | CPU s | peak MB | ÷ XmlReader floor | ÷ inflate floor | exit |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
            var builds = new List<(string, string)> { ("ReadyToRun", o.Perfeval) };
            if (o.Aot.Length > 0) builds.Add(("NativeAOT", o.Aot));
            foreach (var (build, exe) in builds)
            {
                foreach (var (name, args) in new (string, string[])[]
                {
                    ("check", new[] { "check", "--fail-on", "never", "--no-progress", "--jobs", jobs, "-o", Path.Combine(outDir, "report.txt") }),
                    ("check --format html", new[] { "check", "--fail-on", "never", "--no-progress", "--jobs", jobs, "--format", "html", "-o", Path.Combine(outDir, "report.html") }),
                    ("summary", new[] { "summary", "--jobs", jobs, "--out", Path.Combine(outDir, "summary.csv") }),
                    ("fix", new[] { "fix", "--quiet", "--jobs", jobs, "--out-dir", Path.Combine(outDir, "fixed") }),
                    ("fix --docx", new[] { "fix", "--docx", "--quiet", "--out-dir", Path.Combine(outDir, "fixed-docx") }),
                })
                {
                    // --force: each build writes the same outputs again (perfeval keeps files it did not write).
                    var m = Measured.Run(exe, args.Take(1).Concat(buckets).Concat(args.Skip(1)).Append("--force"));
                    measured.Add((build, $"`{name}`, {files:N0} {Corpus.Name(corpus.Kind)} files", m));
                    string cpu = m.Cpu is { } c ? c.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) : "–";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {build} | `{name}` | {m.Wall.TotalSeconds:0.00} | {cpu} | {m.PeakBytes / 1e6:0} | {m.Wall / floor.Wall:0.0} | {m.Wall / inflate.Wall:0} | {m.ExitCode}{(m.ExitCode > 1 ? " " + FirstLine(m.Stderr) : "")} |"));
                }
            }
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
        return measured;
    }

    /// <summary>
    /// The README's performance table, ready to paste: the processor named,
    /// check at each size with both floors as CPU ratios, the other commands,
    /// start-up. Regenerated from one quiet run; nothing in it is typed by hand.
    /// </summary>
    static void ReadmeTable(Options o, List<Row> rows, List<(string Build, double Wall, double Cpu)> startUp,
        List<(string Build, string Command, Measurement M)> others)
    {
        static string N(double v, string f) => v.ToString(f, CultureInfo.InvariantCulture);
        static string Ratio(TimeSpan? a, TimeSpan? b) => a is { } x && b is { } y && y > TimeSpan.Zero ? N(x / y, "0.00") + "×" : "–";
        static string Cpu(TimeSpan? t) => t is { } c ? N(c.TotalSeconds, "0.00") + " s" : "–";
        Console.WriteLine();
        Console.WriteLine("README table (paste under “## Performance”):");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Measured {DateTime.UtcNow:d MMMM yyyy} on {Machine.Describe()}, .NET {Environment.Version}, `--jobs {o.Jobs}`, best of {o.Repeat}; ")
            + "perfeval as published (ReadyToRun). Ratios are CPU time (user + system) against the two floors run on the same files in the same run: "
            + "inflating the XML parts only, and inflating them and reading every node with an `XmlReader`.");
        Console.WriteLine();
        Console.WriteLine("| what | forms | time | CPU | forms/s | peak memory | ÷ XmlReader floor | ÷ inflate floor |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            string what = r.Corpus == "mixed"
                ? $"{r.Files:N0} mixed .docx/.xlsx, 1–5 forms each"
                : $"{r.Files:N0} .{r.Corpus}, one form each";
            double s = r.Check.Wall.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `check`, {what} | {r.Forms:N0} | {N(s, "0.00")} s | {Cpu(r.Check.Cpu)} | {N(r.Forms / s, "N0")} | {N(r.Check.Peak / 1e6, "0")} MB | {Ratio(r.Check.Cpu, r.Floor.Cpu)} | {Ratio(r.Check.Cpu, r.Inflate.Cpu)} |"));
        }
        foreach (var (build, command, m) in others)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {command} ({build}) | | {N(m.Wall.TotalSeconds, "0.00")} s | {Cpu(m.Cpu)} | | {N(m.PeakBytes / 1e6, "0")} MB | | |"));
        foreach (var (build, wall, cpu) in startUp)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| one single-form .docx, start-up included ({build}) | 1 | {N(wall, "0")} ms | {N(cpu, "0")} ms | | | | |"));
    }

    static string FirstLine(string s) => s.Trim().Split('\n')[0];

    /// <summary>This program, to run its floor command in a process of its own.</summary>
    static string Self() => Path.Combine(AppContext.BaseDirectory, Exe("PerfEval.Bench"));
}
