namespace PerfEval.Writers.Workbook;

/// <summary>
/// Sheet names Excel accepts: 1–31 characters, none of []:*?/\, no
/// apostrophe at either end, not the reserved History, unique ignoring case.
/// </summary>
public sealed class SheetNames
{
    public const int MaxLength = 31;
    const string Forbidden = "[]:*?/\\";

    readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { "History" };

    /// <summary>Keeps a name from being handed out (汇总, 问题清单).</summary>
    public void Reserve(string name) => _used.Add(name);

    /// <summary>A valid, unused name made from the wanted one; 表N when nothing of it is usable.</summary>
    public string Take(string wanted, int position)
    {
        var clean = new string(wanted.Select(c => Forbidden.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        clean = clean.Trim().Trim('\'').Trim();
        if (clean.Length == 0) clean = $"表{position}";
        clean = Cut(clean, MaxLength);
        var candidate = clean;
        for (int n = 2; !_used.Add(candidate); n++)
        {
            var suffix = $"({n})";
            candidate = Cut(clean, MaxLength - suffix.Length).TrimEnd('\'') + suffix;
        }
        return candidate;
    }

    // Never split a surrogate pair: half a character is not a valid name.
    static string Cut(string s, int max)
    {
        if (s.Length <= max) return s;
        var cut = char.IsHighSurrogate(s[max - 1]) ? max - 1 : max;
        return s[..cut].TrimEnd('\'');
    }

    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength && !name.Any(c => Forbidden.Contains(c))
        && name[0] != '\'' && name[^1] != '\'' && !name.Equals("History", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name as a formula writes it: 'name'!A1.</summary>
    public static string Quote(string name) => "'" + name.Replace("'", "''") + "'";
}
