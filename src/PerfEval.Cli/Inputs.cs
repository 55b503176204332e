using PerfEval.Pipeline;

namespace PerfEval.Cli;

/// <summary>
/// Expands the command line's paths into input files: folders recursively,
/// files sorted within a folder, the order of the arguments kept.
/// </summary>
public static class Inputs
{
    /// <summary>Returns the files, or throws UsageException naming a path that does not exist.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                foreach (var f in Walk(p))
                    if (seen.Add(Path.GetFullPath(f))) files.Add(f);
            }
            else if (File.Exists(p))
            {
                if (seen.Add(Path.GetFullPath(p))) files.Add(p);
            }
            else if (p.StartsWith('-'))
            {
                throw new UsageException($"未知选项：{p}（文件名以 - 开头时，写作 ./{p} 或放在 -- 之后）");
            }
            else
            {
                throw new UsageException($"路径不存在：{p}");
            }
        }
        return files;
    }

    static IEnumerable<string> Walk(string dir)
    {
        var entries = Directory.EnumerateFileSystemEntries(dir).OrderBy(e => e, StringComparer.Ordinal).ToList();
        foreach (var e in entries)
        {
            if (Directory.Exists(e))
            {
                if (new DirectoryInfo(e).LinkTarget is not null) continue; // a link could lead back up the tree
                foreach (var f in Walk(e)) yield return f;
            }
            else if (InputKinds.IsCandidate(e))
            {
                yield return e;
            }
        }
    }
}

/// <summary>The command cannot run as asked: exit 2 with this message.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
}
