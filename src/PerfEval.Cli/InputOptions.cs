using System.CommandLine;
using System.Text.RegularExpressions;

namespace PerfEval.Cli;

/// <summary>
/// How check, summary and fix are told what to read: PATH arguments (files,
/// folders walked recursively, globs), `--files-from FILE|-` (one path per
/// line, `-` for stdin), `--exclude GLOB` (repeatable), and `--allow-empty`
/// (by default a path or glob that yields no input file is an error, as in
/// ESLint: a pipeline pointed at the wrong folder must not pass).
/// </summary>
public sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = ".docx/.xlsx 文件、文件夹（递归）或通配符（samples/*.docx、**/*.xlsx）",
        Arity = ArgumentArity.ZeroOrMore,
    };
    public Option<string?> FilesFrom { get; } = new("--files-from") { HelpName = "FILE|-", Description = "从文件读取要处理的路径，每行一个；- 表示标准输入（如 find … | perfeval check --files-from -）" };
    public Option<string[]> Exclude { get; } = new("--exclude") { HelpName = "GLOB", Description = "跳过与通配符匹配的文件或文件夹（可多次给出），如 --exclude '**/草稿/**'" };
    public Option<bool> AllowEmpty { get; } = new("--allow-empty") { Description = "没有找到任何 .docx/.xlsx 文件时不报错（默认退出码 2）" };

    public void AddTo(Command cmd)
    {
        cmd.Arguments.Add(Paths);
        cmd.Options.Add(FilesFrom);
        cmd.Options.Add(Exclude);
        cmd.Options.Add(AllowEmpty);
    }

    public Request Read(ParseResult r) =>
        new(r.GetValue(Paths) ?? Array.Empty<string>(), r.GetValue(FilesFrom), r.GetValue(Exclude) ?? Array.Empty<string>(), r.GetValue(AllowEmpty));

    /// <summary>What the user asked to read, before expansion.</summary>
    public sealed record Request(string[] Paths, string? FilesFrom, string[] Exclude, bool AllowEmpty)
    {
        /// <summary>The PATH arguments followed by the lines of --files-from.</summary>
        public IReadOnlyList<string> AllPaths(Io io)
        {
            var all = new List<string>(Paths);
            if (FilesFrom is { } from)
            {
                var listed = ReadList(io, from);
                if (listed.Count == 0 && Paths.Length == 0 && !AllowEmpty)
                    throw new UsageException($"--files-from {from} 中没有任何路径（要允许空的输入，加 --allow-empty）");
                all.AddRange(listed);
            }
            else if (Paths.Length == 0)
            {
                throw new UsageException("缺少要处理的文件：给出 PATH（文件、文件夹或通配符），或用 --files-from FILE|-");
            }
            return all;
        }

        static List<string> ReadList(Io io, string from)
        {
            string text;
            if (from == "-") text = io.In.ReadToEnd();
            else
            {
                try { text = File.ReadAllText(from); }
                catch (Exception ex) when (ErrorText.IsFileSystem(ex))
                {
                    throw new UsageException("无法读取 --files-from 的文件 " + ErrorText.Describe(ex, from));
                }
            }
            // One path per line; blank lines skipped; a path keeps its inner and leading spaces, only the line end goes.
            return text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        }
    }
}

/// <summary>`--exclude GLOB`: a file is skipped when the pattern matches its path, or any folder on it, or (for a pattern without '/') its name.</summary>
public sealed class Exclusions
{
    readonly List<(string Pattern, Regex Regex, bool NameOnly)> _patterns = new();

    public Exclusions(IEnumerable<string> patterns)
    {
        foreach (var p in patterns)
        {
            var trimmed = p.Trim().Replace('\\', '/').TrimEnd('/');
            if (trimmed.StartsWith("./", StringComparison.Ordinal)) trimmed = trimmed[2..];
            if (trimmed.Length == 0) throw new UsageException($"--exclude 的值 \"{p}\" 无效：应为文件名、文件夹名或通配符");
            _patterns.Add((p, Globs.Compile(trimmed), !trimmed.Contains('/')));
        }
    }

    public bool IsEmpty => _patterns.Count == 0;

    /// <summary>
    /// Whether the file is excluded. A pattern is matched against the file's
    /// path relative to the current folder and against its path below the
    /// argument it came from (so `--exclude old` and `--exclude forms/old`
    /// work whether the forms are given as `.`, `forms` or an absolute path),
    /// and against every folder on those paths.
    /// </summary>
    public bool Excludes(InputFile file)
    {
        if (_patterns.Count == 0) return false;
        var fromCwd = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(file.Path)).Replace('\\', '/').Split('/');
        var fromArg = file.Key.Split('/');
        foreach (var (_, regex, nameOnly) in _patterns)
            foreach (var segments in new[] { fromCwd, fromArg })
            {
                if (nameOnly)
                {
                    if (segments.Any(s => regex.IsMatch(s))) return true;
                    continue;
                }
                // The path or one of its folders: "forms/old" excludes everything below forms/old.
                for (int n = segments.Length; n >= 1; n--)
                    if (regex.IsMatch(string.Join('/', segments.Take(n)))) return true;
            }
        return false;
    }
}
