using PerfEval.Cli;

namespace PerfEval.Tests.Support;

/// <summary>Runs the CLI in-process, as a script would call it.</summary>
public static class Perfeval
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int exit = App.Run(args, o, e);
        return (exit, o.ToString(), e.ToString());
    }

    public static string SampleDocx => Path.Combine(PerfEval.Samples.SeedText.FindRepoRoot(), "samples", "附件1.docx");
}
