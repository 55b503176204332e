using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Findings;
using PerfEval.Scoring;

namespace PerfEval.Config;

/// <summary>
/// One block of perfeval.json "overrides": settings for the forms whose file
/// path matches one of <see cref="Files"/> and whose 主管部门 matches one of
/// <see cref="Departments"/> (either may be absent, not both), like ESLint's
/// `files` blocks. Matching blocks apply in order, later ones winning.
/// </summary>
public sealed class Override
{
    public IReadOnlyList<string> Files { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Departments { get; init; } = Array.Empty<string>();
    /// <summary>A built-in profile to start over from, or null to keep the one so far.</summary>
    public ScoringProfile? Profile { get; init; }
    /// <summary>The block's "scoring" object (cloned), applied over the profile.</summary>
    public JsonElement? Scoring { get; init; }
    public IReadOnlyList<(string Code, Severity? Severity)> Rules { get; init; } = Array.Empty<(string, Severity?)>();
    public required string Source { get; init; }

    public bool Matches(string? path, string? department)
    {
        bool files = Files.Count == 0 || (path is not null && Files.Any(g => PathGlob.Matches(g, path)));
        bool depts = Departments.Count == 0 || (department is not null && Departments.Any(g => PathGlob.MatchesText(g, department.Trim())));
        return files && depts;
    }
}

/// <summary>
/// Glob patterns over paths: `*` any characters but `/`, `**` any folders,
/// `?` one character, `[ab]` a set. A pattern without `/` matches the file
/// name; one with `/` the whole path or any tail of it after a `/`. Case is
/// ignored and `\` counts as `/`, so patterns written on Windows match too.
/// </summary>
public static class PathGlob
{
    public static bool Matches(string pattern, string path)
    {
        var p = Norm(pattern).TrimStart('/');
        if (p.StartsWith("./", StringComparison.Ordinal)) p = p[2..];
        var s = Norm(path);
        if (s.StartsWith("./", StringComparison.Ordinal)) s = s[2..];
        var rx = ToRegex(p);
        if (!p.Contains('/')) return rx.IsMatch(s[(s.LastIndexOf('/') + 1)..]);
        if (rx.IsMatch(s)) return true;
        for (int i = s.IndexOf('/'); i >= 0; i = s.IndexOf('/', i + 1))
            if (rx.IsMatch(s[(i + 1)..])) return true;
        return false;
    }

    /// <summary>A 主管部门 against a pattern: `*` and `?` as in paths, otherwise the whole name.</summary>
    public static bool MatchesText(string pattern, string text) =>
        ToRegex(pattern.Trim(), slashIsSpecial: false).IsMatch(text);

    static string Norm(string s) => s.Replace('\\', '/');

    static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, bool), Regex> Cache = new();

    static Regex ToRegex(string glob, bool slashIsSpecial = true) =>
        Cache.GetOrAdd((glob, slashIsSpecial), k => Build(k.Item1, k.Item2));

    static Regex Build(string glob, bool slashIsSpecial)
    {
        var sb = new System.Text.StringBuilder("^");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/') { i++; sb.Append("(?:.*/)?"); }
                else sb.Append(".*");
            }
            else if (c == '*') sb.Append(slashIsSpecial ? "[^/]*" : ".*");
            else if (c == '?') sb.Append(slashIsSpecial ? "[^/]" : ".");
            else if (c == '[')
            {
                int end = glob.IndexOf(']', i + 1);
                if (end < 0) { sb.Append(@"\["); continue; }
                var set = glob[(i + 1)..end];
                sb.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = end;
            }
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(sb.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
