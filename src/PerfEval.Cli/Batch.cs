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

    /// <summary>The inputs of this run: every path expanded, minus the excluded, then this shard's part of them.</summary>
    public static Selection Select(Io io, InputOptions.Request request, string? shard)
    {
        var part = Shard.Parse(shard); // bad --shard is a usage error even before paths are looked at
        var files = Expand(io, request);
        var mine = part is null ? files : part.Select(files);
        return new Selection(mine.Select(f => f.Path).ToList(), files.Select(f => f.Path).ToList());
    }

    /// <summary>
    /// Each path expanded on its own, so that one that yields no input file
    /// (an empty folder, a glob matching only folders, everything excluded)
    /// is named: exit 2 unless --allow-empty. A file reached twice counts once.
    /// </summary>
    public static IReadOnlyList<InputFile> Expand(Io io, InputOptions.Request request)
    {
        var exclusions = new Exclusions(request.Exclude);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<InputFile>();
        foreach (var path in request.AllPaths(io))
        {
            List<InputFile> found;
            try
            {
                found = Inputs.ExpandFiles(new[] { path }).Where(f => !exclusions.Excludes(f)).ToList();
            }
            catch (UsageException) when (request.AllowEmpty && Globs.IsPattern(path) && !File.Exists(path) && !Directory.Exists(path))
            {
                continue; // a glob matching nothing is allowed too
            }
            if (found.Count == 0 && !request.AllowEmpty)
                throw new UsageException(exclusions.IsEmpty
                    ? $"{path} 中没有可检查的文件（.docx、.xlsx 等）（确认路径；要允许空的输入，加 --allow-empty）"
                    : $"{path} 中的文件都被 --exclude 排除了，无可检查（要允许空的输入，加 --allow-empty）");
            foreach (var f in found)
                if (seen.Add(System.IO.Path.GetFullPath(f.Path))) files.Add(f);
        }
        return files;
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

    /// <summary>
    /// Chatter for people on stderr (the closing line of a json/jsonl/csv run)
    /// only when stderr is a terminal: a script that captures or merges the
    /// streams sees exactly the report.
    /// </summary>
    public static bool StderrIsPeople(Io io) => io.IsConsole && Terminal.ProgressOnStderr;
}
