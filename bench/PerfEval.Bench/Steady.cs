using System.Diagnostics;
using System.Globalization;
using PerfEval.Grid;
using PerfEval.Pipeline;
using PerfEval.Recognition;

namespace PerfEval.Bench;

/// <summary>
/// `steady DIR…`: the stages of check on one thread, once the JIT has
/// settled (the last of several passes), as CPU time per file: the floor,
/// reading into grids, recognizing forms, scoring and rules.
/// </summary>
public static class Steady
{
    public static int Run(string[] args)
    {
        int passes = 3;
        var paths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--passes") passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else paths.Add(args[i]);
        }
        var files = Floor.Expand(paths);
        var checker = new Checker();
        var stages = new (string Name, Action<string> Work)[]
        {
            ("floor (zip + XmlReader)", f => Floor.Scan(f)),
            ("read (grids)", f => Checker.Read(f)),
            ("read + recognize", f => FormRecognizer.Recognize(Checker.Read(f))),
            ("check (read, recognize, score, rules)", f => checker.Check(f)),
        };
        Console.WriteLine($"{files.Count} files, one thread, pass {passes} of {passes}: CPU ms per file");
        foreach (var (name, work) in stages)
        {
            double perFile = 0;
            for (int p = 0; p < passes; p++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var f in files) work(f);
                perFile = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / files.Count;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-40} {perFile,7:0.000}"));
        }
        return 0;
    }
}
