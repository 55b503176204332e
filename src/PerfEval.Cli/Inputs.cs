using PerfEval.Pipeline;

namespace PerfEval.Cli;

/// <summary>An input file and its shard key: its path below the argument it came from, '/'-separated.</summary>
public sealed record InputFile(string Path, string Key);

/// <summary>
/// Expands the command line's paths into input files: folders recursively,
/// glob patterns (see Globs), files sorted within a folder, the order of the
/// arguments kept.
/// </summary>
public static class Inputs
{
    /// <summary>Returns the files, or throws UsageException naming a path that does not exist.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) => ExpandFiles(paths).Select(f => f.Path).ToList();

    public static IReadOnlyList<InputFile> ExpandFiles(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path, string key)
        {
            if (seen.Add(System.IO.Path.GetFullPath(path))) files.Add(new InputFile(path, key));
        }
        void AddFolder(string dir, string keyPrefix)
        {
            foreach (var f in Walk(dir)) Add(f, keyPrefix + KeyBelow(dir, f));
        }

        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                AddFolder(p, "");
            }
            else if (File.Exists(p))
            {
                Add(p, System.IO.Path.GetFileName(p));
            }
            else if (p.StartsWith('-'))
            {
                throw new UsageException($"未知选项：{p}（文件名以 - 开头时，写作 ./{p} 或放在 -- 之后）");
            }
            else if (Globs.IsPattern(p))
            {
                bool matched = false;
                foreach (var (path, rel) in Globs.Match(p))
                {
                    if (Directory.Exists(path)) { matched = true; AddFolder(path, rel + "/"); }
                    else if (Globs.IsInput(path)) { matched = true; Add(path, rel); }
                }
                if (!matched) throw new UsageException($"没有文件与 {p} 匹配");
            }
            else
            {
                throw new UsageException($"路径不存在：{p}");
            }
        }
        return files;
    }

    static string KeyBelow(string dir, string file) =>
        System.IO.Path.GetRelativePath(dir, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// The candidate files below a folder, sorted per folder. A folder that
    /// cannot be listed (no permission, a path too long to open) is returned
    /// itself, so the checker reports it (PE001) instead of the run ending or
    /// its files vanishing. Entry kinds come from the listing (readdir), so a
    /// FIFO named x.docx is never opened here.
    /// </summary>
    static IEnumerable<string> Walk(string dir)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new[] { dir };
        }
        return entries.SelectMany(e => e switch
        {
            DirectoryInfo d when d.LinkTarget is not null => Enumerable.Empty<string>(), // a link could lead back up the tree
            DirectoryInfo d => Walk(Path.Combine(dir, d.Name)),
            _ when InputKinds.IsCandidate(e.Name) => new[] { Path.Combine(dir, e.Name) },
            _ => Enumerable.Empty<string>(),
        });
    }
}

/// <summary>The command cannot run as asked: exit 2 with this message.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
}
