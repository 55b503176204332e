using System.Globalization;
using System.Text;

namespace PerfEval.Writers;

/// <summary>
/// Turns text taken from a form (a project name) into names that are safe
/// to create: sheet names Excel accepts, file names that stay inside their
/// folder on every system, and cell text no spreadsheet runs as a formula.
/// A submitted form is untrusted input; its 项目名称 may hold anything.
/// </summary>
public static class SafeNames
{
    public const int MaxSheetName = 31;

    /// <summary>UTF-8 bytes kept for a file name's stem: file systems allow 255, the rest leaves room for suffixes.</summary>
    public const int MaxFileNameBytes = 180;

    static readonly HashSet<string> WindowsDevices = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>
    /// A sheet name Excel accepts: none of <c>[]:*?/\</c>, no control or
    /// invisible formatting characters, not starting or ending with an
    /// apostrophe, not the reserved "History", at most 31 characters, and —
    /// when <paramref name="used"/> is given — different (ignoring case) from
    /// every name in it; the name returned is added to it.
    /// </summary>
    public static string SheetName(string? text, ISet<string>? used = null, string fallback = "表")
    {
        var name = Clean(text, c => "[]:*?/\\".Contains(c)).Trim(' ', '\'');
        if (name.Equals("History", StringComparison.OrdinalIgnoreCase))
            name = fallback + "_" + name;
        name = Cut(name, MaxSheetName).Trim(' ', '\'');
        if (name.Length == 0)
            name = Cut(fallback, MaxSheetName);
        if (used is null)
            return name;
        var candidate = name;
        for (int n = 2; used.Contains(candidate) || ContainsIgnoringCase(used, candidate); n++)
        {
            var suffix = $"({n})";
            candidate = Cut(name, MaxSheetName - suffix.Length).TrimEnd(' ', '\'') + suffix;
        }
        used.Add(candidate);
        return candidate;
    }

    /// <summary>
    /// A file name (no folder) that cannot leave its folder or name a device:
    /// no path separators or characters Windows forbids, no control or
    /// invisible formatting characters (a right-to-left override can disguise
    /// an extension), not <c>.</c>/<c>..</c> or hidden, no leading dash (an
    /// option to the next program), no trailing dot or space, not a Windows
    /// device name (CON, NUL, COM1… with or without an extension), and short
    /// enough for any file system. Empty text gives <paramref name="fallback"/>.
    /// </summary>
    public static string FileName(string? text, string fallback = "form")
    {
        var name = Clean(text, c => c is '/' or '\\' or '<' or '>' or ':' or '"' or '|' or '?' or '*').Trim();
        name = name.TrimStart('.', '-', ' ').TrimEnd('.', ' ');
        name = CutBytes(name, MaxFileNameBytes).TrimEnd('.', ' ');
        if (name.Length == 0)
            name = fallback;
        var stem = name.Split('.')[0].TrimEnd(' ');
        if (WindowsDevices.Contains(stem))
            name = "_" + name;
        return name;
    }

    /// <summary>
    /// Cell text a spreadsheet will show as text: one that starts with
    /// <c>= + - @</c>, a tab or a carriage return gets a leading apostrophe
    /// (cli.md), the usual guard against formula injection in CSV. Apply it to
    /// text only: numbers, negative ones included, stay plain numbers. A .xlsx
    /// writer stores text as a string cell, which Excel never evaluates.
    /// </summary>
    public static string SpreadsheetText(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return text ?? "";
        return text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    static string Clean(string? text, Func<char, bool> forbidden)
    {
        // Lone surrogates cannot be normalized, written to a file system or to a workbook's XML.
        var whole = new StringBuilder((text ?? "").Length);
        var s = text ?? "";
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                whole.Append(s, i++, 2);
            else if (!char.IsSurrogate(s[i]))
                whole.Append(s[i]);
        }
        var sb = new StringBuilder(whole.Length);
        foreach (var c in whole.ToString().Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (c is '\n' or '\r' or '\t' or '\u2028' or '\u2029')
                sb.Append(' ');
            else if (category is UnicodeCategory.Control or UnicodeCategory.Format)
                continue;
            else if (forbidden(c))
                sb.Append('_');
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    static string Cut(string s, int max) =>
        s.Length <= max ? s : s[..(char.IsHighSurrogate(s[max - 1]) ? max - 1 : max)];

    static string CutBytes(string s, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(s) <= maxBytes)
            return s;
        int bytes = 0, i = 0;
        while (i < s.Length)
        {
            int width = char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? 2 : 1;
            int size = Encoding.UTF8.GetByteCount(s.AsSpan(i, width));
            if (bytes + size > maxBytes)
                break;
            bytes += size;
            i += width;
        }
        return s[..i];
    }

    static bool ContainsIgnoringCase(ISet<string> used, string name) =>
        used.Any(u => string.Equals(u, name, StringComparison.OrdinalIgnoreCase));
}
