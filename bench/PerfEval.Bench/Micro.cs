using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using PerfEval.Grid;
using PerfEval.Pipeline;
using PerfEval.Readers;
using PerfEval.Recognition;
using PerfEval.Samples;

namespace PerfEval.Bench;

/// <summary>
/// The stages of checking one file, each on its own, on one 12-form file as
/// perfeval's sample writer makes it ("plain") and as LibreOffice re-saves
/// it ("office"). Floor is the zip + XmlReader scan the whole-run benchmark
/// compares against.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class StageBenchmarks
{
    [Params("plain.docx", "office.docx", "plain.xlsx", "office.xlsx")]
    public string File { get; set; } = "";

    string _path = "";
    SourceDocument _doc = null!;
    IReadOnlyList<PerfEval.Model.Form> _forms = null!;
    readonly Checker _checker = new();

    [GlobalSetup]
    public void Setup()
    {
        _path = MicroFiles.Get(File);
        _doc = Checker.Read(_path);
        _forms = FormRecognizer.Recognize(_doc);
    }

    [Benchmark(Baseline = true)]
    public long Floor() => PerfEval.Bench.Floor.Scan(_path).Nodes;

    [Benchmark]
    public int Read() => Checker.Read(_path).Grids.Count;

    [Benchmark]
    public int Recognize() => FormRecognizer.Recognize(_doc).Count;

    [Benchmark]
    public int Rules()
    {
        int n = 0;
        foreach (var f in _forms) n += _checker.CheckForm(f).Findings.Count;
        return n;
    }

    [Benchmark]
    public int Check() => _checker.Check(_path).Forms.Count;
}

/// <summary>TextNorm.Key runs on every cell several times: labels, values, long analysis texts.</summary>
[MemoryDiagnoser]
[Config(typeof(QuickConfig))]
public class TextNormBenchmarks
{
    [Params("年初预算数", "  其中：当年财政拨款", "绩\n效\n指\n标", "产出指标(50分)", "≥100%")]
    public string Text { get; set; } = "";

    [Benchmark]
    public string Key() => TextNorm.Key(Text);
}

/// <summary>Few iterations: the stages differ by far more than the noise of a shared machine.</summary>
public sealed class QuickConfig : ManualConfig
{
    public QuickConfig() => AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5));
}

/// <summary>The 12-form files the micro benchmarks read, written once into bench/corpus/micro.</summary>
public static class MicroFiles
{
    public static string Get(string name)
    {
        var dir = Path.Combine(SeedText.FindRepoRoot(), "bench", "corpus", "micro");
        var path = Path.Combine(dir, name);
        if (System.IO.File.Exists(path)) return path;
        Directory.CreateDirectory(dir);
        var forms = SeedText.LoadDefault();
        var plain = Path.Combine(dir, "plain" + Path.GetExtension(name));
        if (name.EndsWith(".docx")) DocxSampleWriter.Write(forms, plain); else XlsxSampleWriter.Write(forms, plain);
        if (name.StartsWith("office"))
        {
            var outDir = Path.Combine(dir, "out");
            LibreOffice.Convert(new[] { plain }, Path.GetExtension(name), outDir, Path.Combine(dir, "profile"));
            System.IO.File.Move(Path.Combine(outDir, Path.GetFileName(plain)), path);
        }
        return path;
    }
}
