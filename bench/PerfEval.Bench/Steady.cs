using System.Diagnostics;
using System.Globalization;
using PerfEval.Pipeline;
using PerfEval.Recognition;

namespace PerfEval.Bench;

/// <summary>
/// `steady DIR…`: the stages of check on one thread, once the JIT has
/// settled (the least of several passes), as CPU time per file: both floors
/// (inflating the XML parts only; inflating them and reading every node with
/// an XmlReader), reading into grids, recognizing forms, scoring and rules.
/// CPU time of one thread is what a shared machine disturbs least, so these
/// ratios hold under load where wall times do not. Each DIR is one row of a
/// Markdown table that pastes into the README as it is printed.
/// </summary>
public static class Steady
{
    sealed record Stage(string Name, Action<string> Work);

    public static int Run(string[] args)
    {
        int passes = 4, limit = int.MaxValue;
        var paths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--passes") passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--files") limit = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else paths.Add(args[i]);
        }
        var checker = new Checker();
        var stages = new Stage[]
        {
            new("inflate", f => Floor.Inflate(f)),
            new("floor", f => Floor.Scan(f)),
            new("read", f => Checker.Read(f)),
            new("recognize", f => FormRecognizer.Recognize(Checker.Read(f))),
            new("check", f => checker.Check(f)),
        };
        Console.WriteLine($"`steady`, one thread, least of passes 2–{passes}, {Machine.Describe()}, .NET {Environment.Version}: CPU ms per file");
        Console.WriteLine();
        Console.WriteLine("| corpus | files | inflate | inflate + XmlReader (floor) | read (grids) | + recognize | + score and rules = check | check ÷ floor | check ÷ inflate |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var path in paths)
        {
            var files = Floor.Expand(new[] { path }).Take(limit).ToList();
            if (files.Count == 0) continue;
            var ms = PerFile(stages, files, passes);
            double inflate = ms[0], floor = ms[1], check = ms[4];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Label(path)} | {files.Count:N0} | {inflate:0.000} | {floor:0.000} | {ms[2]:0.000} | {ms[3]:0.000} | {check:0.000} | {check / floor:0.00} | {check / inflate:0.0} |"));
        }
        return 0;
    }

    /// <summary>
    /// CPU ms per file of each stage: the stages take turns within each pass, so a
    /// busy moment of a shared machine hits them alike, and each keeps its least
    /// time over the passes after the first (which settles the JIT and the page cache).
    /// </summary>
    static double[] PerFile(Stage[] stages, List<string> files, int passes)
    {
        var best = Enumerable.Repeat(double.MaxValue, stages.Length).ToArray();
        for (int p = 0; p < passes; p++)
            for (int s = 0; s < stages.Length; s++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var f in files) stages[s].Work(f);
                double perFile = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / files.Count;
                if (p > 0 || passes == 1) best[s] = Math.Min(best[s], perFile);
            }
        return best;
    }

    /// <summary>bench/corpus/docx-1000 → docx-1000; a file → its name.</summary>
    static string Label(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
}
