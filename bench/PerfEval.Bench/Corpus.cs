using System.Diagnostics;
using PerfEval.Samples;

namespace PerfEval.Bench;

public enum CorpusKind { Docx, Xlsx, Mixed }

/// <summary>
/// A folder of generated forms: files in buckets of 100 (b000, b001, …) so
/// the first n/100 buckets are a smaller corpus of the same kind. Every
/// fifth file is re-saved by LibreOffice, which writes every cell's full
/// properties as office suites do (a 12-form document.xml grows from 0.5 to
/// 1.3 MB). Generated once and reused while its stamp matches.
/// </summary>
public sealed class Corpus
{
    public const int BucketSize = 100;
    // Part of the stamp: raise it when Variants or the way files are written changes, so old corpora are rebuilt.
    const int Version = 1;

    public CorpusKind Kind { get; }
    public int Files { get; }
    public string Root { get; }
    /// <summary>Forms per file, by file index.</summary>
    public IReadOnlyList<int> FormsPerFile { get; }

    Corpus(CorpusKind kind, int files, string root, IReadOnlyList<int> formsPerFile)
    {
        Kind = kind;
        Files = files;
        Root = root;
        FormsPerFile = formsPerFile;
    }

    public static string Name(CorpusKind kind) => kind switch
    {
        CorpusKind.Docx => "docx",
        CorpusKind.Xlsx => "xlsx",
        _ => "mixed",
    };

    /// <summary>The bucket folders holding the first `files` files (a whole number of buckets).</summary>
    public IReadOnlyList<string> Buckets(int files) =>
        Enumerable.Range(0, (files + BucketSize - 1) / BucketSize).Select(b => Path.Combine(Root, Bucket(b))).ToList();

    public int FormsIn(int files) => FormsPerFile.Take(files).Sum();

    public long BytesIn(int files) => Buckets(files).SelectMany(Directory.EnumerateFiles).Sum(f => new FileInfo(f).Length);

    static string Bucket(int b) => "b" + b.ToString("D3");

    public static Corpus Ensure(CorpusKind kind, int files, string baseDir, Action<string> log)
    {
        var plan = Plan(kind, files);
        var root = Path.Combine(baseDir, $"{Name(kind)}-{files}");
        var stamp = Path.Combine(root, "corpus.ok");
        var expected = $"v{Version} {files} {plan.Sum()}";
        var corpus = new Corpus(kind, files, root, plan);
        if (File.Exists(stamp) && File.ReadAllText(stamp) == expected)
            return corpus;

        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        var clock = Stopwatch.StartNew();
        log($"generating {Name(kind)} corpus: {files} files, {plan.Sum()} forms in {root}");
        var seed = SeedText.LoadDefault();
        var staging = Path.Combine(root, "staging");
        Directory.CreateDirectory(staging);

        int formBase = 0;
        var jobs = new List<(int File, int FirstForm, int Count)>();
        for (int i = 0; i < files; i++)
        {
            jobs.Add((i, formBase, plan[i]));
            formBase += plan[i];
        }
        int done = 0;
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            var forms = Enumerable.Range(job.FirstForm, job.Count).Select(k => Variants.Make(seed, k)).ToList();
            var ext = Extension(kind, job.File);
            var dir = Verbose(job.File) ? staging : Path.Combine(root, Bucket(job.File / BucketSize));
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, FileName(job.File, ext));
            if (ext == ".docx") DocxSampleWriter.Write(forms, path, heading: null);
            else XlsxSampleWriter.Write(forms, path);
            int n = Interlocked.Increment(ref done);
            if (n % 1000 == 0) log($"  {n}/{files} written ({clock.Elapsed.TotalSeconds:0}s)");
        });

        Resave(staging, root, log);
        Directory.Delete(staging, recursive: true);
        int written = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Count(f => !f.EndsWith("corpus.ok"));
        if (written != files)
            throw new InvalidOperationException($"corpus {root}: {written} files written, {files} planned (did LibreOffice fail?)");
        File.WriteAllText(stamp, expected);
        log($"  done in {clock.Elapsed.TotalSeconds:0}s");
        return corpus;
    }

    static string FileName(int file, string ext) => "f" + file.ToString("D5") + ext;

    static bool Verbose(int file) => file % 5 == 4;

    static string Extension(CorpusKind kind, int file) => kind switch
    {
        CorpusKind.Docx => ".docx",
        CorpusKind.Xlsx => ".xlsx",
        _ => file % 2 == 0 ? ".docx" : ".xlsx",
    };

    /// <summary>One form per file, or for the mixed corpus one to five, until the files are planned.</summary>
    static List<int> Plan(CorpusKind kind, int files)
    {
        var rng = new Random(4242);
        return Enumerable.Range(0, files).Select(_ => kind == CorpusKind.Mixed ? rng.Next(1, 6) : 1).ToList();
    }

    /// <summary>
    /// Re-saves the staged files with LibreOffice into their buckets: two
    /// converters at once, each with its own profile, at most 100 files each
    /// (one soffice has been seen to stop after 245).
    /// </summary>
    static void Resave(string staging, string root, Action<string> log)
    {
        var files = Directory.GetFiles(staging).OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0) return;
        var clock = Stopwatch.StartNew();
        log($"  re-saving {files.Count} files with LibreOffice");
        var groups = files.GroupBy(f => Path.GetExtension(f))
            .SelectMany(g => g.Chunk(Math.Clamp((g.Count() + 1) / 2, 1, 100)).Select(c => (Ext: g.Key, Files: c)))
            .ToList();
        Parallel.ForEach(groups, new ParallelOptions { MaxDegreeOfParallelism = 2 }, (group, _, i) =>
        {
            var outDir = Path.Combine(staging, "out" + i);
            LibreOffice.Convert(group.Files, group.Ext, outDir, Path.Combine(staging, "profile" + i));
            foreach (var f in group.Files)
            {
                int index = int.Parse(Path.GetFileNameWithoutExtension(f)[1..]);
                var bucket = Path.Combine(root, Bucket(index / BucketSize));
                Directory.CreateDirectory(bucket);
                File.Move(Path.Combine(outDir, Path.GetFileName(f)), Path.Combine(bucket, Path.GetFileName(f)));
            }
        });
        log($"  re-saved in {clock.Elapsed.TotalSeconds:0}s");
    }
}
