using System.Globalization;
using System.Text;

namespace PerfEval.Writers;

/// <summary>
/// Text from a form or a file name, made safe to show on a terminal and in
/// a CSV: every control character — C0 (NUL, BEL, BS, ESC…), DEL, C1 — and
/// every bidirectional control (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM)
/// and line/paragraph separator is written as an escape: \x1b, \x7f, \x9b,
/// \u202e. A cell could otherwise clear the screen, retitle the terminal,
/// hide or reorder what follows, or — with a newline in a file name — forge
/// a report line. JSON and HTML escape in their own way. A backslash is kept
/// as it is (Windows paths), so the escapes are for reading, not reversible.
/// </summary>
public static class TerminalText
{
    /// <summary>Everything escaped, line breaks and tabs included: one value stays on one line.</summary>
    public static string Escape(string? s) => Escape(s, keepLines: false);

    /// <summary>Line breaks (\n) and tabs kept, for a CSV field (CsvHelper quotes them); the rest escaped.</summary>
    public static string EscapeKeepingLines(string? s) => Escape(s, keepLines: true);

    public static bool IsUnsafe(char c) =>
        c < '\u0020' || (c >= '\u007f' && c <= '\u009f')
        || c is '\u061c' or '\u200e' or '\u200f' or '\u2028' or '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');

    static string Escape(string? s, bool keepLines)
    {
        if (string.IsNullOrEmpty(s)) return s ?? "";
        int first = -1;
        for (int i = 0; i < s.Length; i++)
            if (IsUnsafe(s[i]) && !(keepLines && s[i] is '\n' or '\t')) { first = i; break; }
        if (first < 0) return s;
        var sb = new StringBuilder(s.Length + 16).Append(s, 0, first);
        for (int i = first; i < s.Length; i++)
        {
            char c = s[i];
            if (!IsUnsafe(c) || (keepLines && c is '\n' or '\t')) sb.Append(c);
            else if (c <= '\u00ff') sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}

/// <summary>
/// A writer for people's eyes (stderr): each line written is escaped whole
/// (TerminalText.Escape), so a newline inside a file name or a message
/// cannot start a forged line; only the line ends it writes itself remain.
/// </summary>
public sealed class EscapingWriter : TextWriter
{
    readonly TextWriter _inner;

    public EscapingWriter(TextWriter inner) => _inner = inner;

    public override Encoding Encoding => _inner.Encoding;
    public override IFormatProvider FormatProvider => _inner.FormatProvider;
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine { get => _inner.NewLine; set => _inner.NewLine = value ?? Environment.NewLine; }

    public override void Write(char value)
    {
        if (value == '\n') _inner.Write(value);
        else _inner.Write(TerminalText.Escape(value.ToString()));
    }

    public override void Write(string? value) =>
        _inner.Write(value is null ? "" : string.Join('\n', value.Split('\n').Select(TerminalText.Escape)));

    public override void WriteLine(string? value) => _inner.WriteLine(TerminalText.Escape(value));

    public override void WriteLine() => _inner.WriteLine();

    public override void Flush() => _inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Flush();
        base.Dispose(disposing);
    }
}
