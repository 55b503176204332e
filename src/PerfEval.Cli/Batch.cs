using PerfEval.Config;
using PerfEval.Findings;
using PerfEval.Pipeline;
using PerfEval.Writers;
using PerfEval.Model;

namespace PerfEval.Cli;

/// <summary>What `check` and `summary` share: choosing the inputs, checking them in parallel, the closing line.</summary>
public static class Batch
{
    /// <summary>This run's files (this shard's part), and every input, which no shard's output may overwrite.</summary>
    public sealed record Selection(IReadOnlyList<string> Files, IReadOnlyList<string> AllInputs);

    /// <summary>The inputs of this run: every path expanded, then this shard's part of them.</summary>
    public static Selection Select(IEnumerable<string> paths, string? shard)
    {
        var part = Shard.Parse(shard); // bad --shard is a usage error even before paths are looked at
        var files = Inputs.ExpandFiles(paths);
        var mine = part is null ? files : part.Select(files);
        return new Selection(mine.Select(f => f.Path).ToList(), files.Select(f => f.Path).ToList());
    }

    /// <summary>Results in input order, whatever the scheduling; the progress line follows them.</summary>
    public static IEnumerable<FileResult> Run(IReadOnlyList<string> files, Checker checker, RuleSettings rules, int jobs, Progress? progress)
    {
        try
        {
            foreach (var result in Ordered.Map(files, f => checker.Check(f), jobs))
            {
                if (progress is { SharesScreen: true }) progress.Hide();
                yield return result;
                progress?.Add(result);
            }
        }
        finally
        {
            progress?.Hide();
        }
    }

    /// <summary>The run's closing line, as the text report ends.</summary>
    public static string ClosingLine(RunTotals t, TimeSpan elapsed) =>
        $"{t.Files} 个文件，{t.Forms} 张表：错误 {t.Count(Severity.Error)}，警告 {t.Count(Severity.Warning)}，提示 {t.Count(Severity.Info)}（用时 {elapsed.TotalSeconds:0.0} 秒）";

    /// <summary>
    /// Chatter for people on stderr (the closing line of a json/jsonl/csv run)
    /// only when stderr is a terminal: a script that captures or merges the
    /// streams sees exactly the report.
    /// </summary>
    public static bool StderrIsPeople(Io io) => io.IsConsole && Terminal.ProgressOnStderr;
}
