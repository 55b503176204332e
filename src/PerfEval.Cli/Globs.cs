using System.Text;
using System.Text.RegularExpressions;
using PerfEval.Pipeline;

namespace PerfEval.Cli;

/// <summary>
/// Glob patterns on the command line (`samples/*.docx`, `data/**/*.xlsx`),
/// expanded here because the Windows shells pass them through unexpanded.
/// `*` and `?` stay within one path segment, `**` spans any number of
/// segments, `[abc]` is a character class.
/// </summary>
public static class Globs
{
    public static bool IsPattern(string arg) => arg.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

    /// <summary>
    /// The entries a pattern matches, sorted, each with the part of its path
    /// below the pattern's literal base folder (the shard key).
    /// </summary>
    public static IEnumerable<(string Path, string Relative)> Match(string pattern)
    {
        var (root, segments) = Split(pattern);
        int literal = 0;
        while (literal < segments.Count && !IsPattern(segments[literal])) literal++;
        var baseDir = Path.Combine(new[] { root == "" ? "." : root }.Concat(segments.Take(literal)).ToArray());
        var rest = segments.Skip(literal).ToList();
        if (rest.Count == 0 || !Directory.Exists(baseDir)) yield break;

        var regex = ToRegex(rest);
        int? maxDepth = rest.Contains("**") ? null : rest.Count;
        var prefix = root == "" && literal == 0 ? "" : baseDir;
        foreach (var rel in Entries(baseDir, "", 1, maxDepth))
            if (regex.IsMatch(rel))
                yield return (prefix == "" ? rel.Replace('/', Path.DirectorySeparatorChar) : Path.Combine(prefix, rel.Replace('/', Path.DirectorySeparatorChar)), rel);
    }

    /// <summary>A whole pattern as one regex over '/'-separated relative paths (for --exclude).</summary>
    internal static Regex Compile(string pattern) => ToRegex(Split(pattern).Segments);

    static (string Root, List<string> Segments) Split(string pattern)
    {
        var root = Path.GetPathRoot(pattern) ?? "";
        var body = pattern[root.Length..];
        var segments = body.Split(new[] { '/', Path.DirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s != ".").ToList();
        return (root, segments);
    }

    /// <summary>Relative paths ('/'-separated) below dir, sorted per folder; links to folders are not followed.</summary>
    static IEnumerable<string> Entries(string dir, string rel, int depth, int? maxDepth)
    {
        IEnumerable<string> names;
        try { names = Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList()!; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { yield break; }
        foreach (var name in names)
        {
            var full = Path.Combine(dir, name);
            var r = rel == "" ? name : rel + "/" + name;
            yield return r;
            if ((maxDepth is null || depth < maxDepth) && Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null)
                foreach (var e in Entries(full, r, depth + 1, maxDepth)) yield return e;
        }
    }

    static Regex ToRegex(IReadOnlyList<string> segments)
    {
        var sb = new StringBuilder("^");
        for (int i = 0; i < segments.Count; i++)
        {
            bool last = i == segments.Count - 1;
            if (segments[i] == "**")
            {
                // Zero or more whole segments; a trailing ** matches everything below.
                sb.Append(last ? ".*" : "(?:[^/]+/)*");
                continue;
            }
            sb.Append(Segment(segments[i]));
            if (!last) sb.Append('/');
        }
        sb.Append('$');
        var options = RegexOptions.CultureInvariant | (OperatingSystem.IsWindows() ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex(sb.ToString(), options);
    }

    static string Segment(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else if (c == '[' && s.IndexOf(']', i + 1) is var end && end > i + 1)
            {
                var cls = s[(i + 1)..end];
                bool negate = cls[0] is '!' or '^';
                if (negate) cls = cls[1..];
                sb.Append('[').Append(negate ? "^" : "").Append(cls.Replace("\\", "\\\\").Replace("[", "\\[")).Append(']');
                i = end;
            }
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }

    /// <summary>Whether a matched file is an input (folders matched are walked by the caller).</summary>
    public static bool IsInput(string path) => File.Exists(path) && InputKinds.IsCandidate(path);
}
