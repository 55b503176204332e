using System.Text;

namespace PerfEval.Readers;

/// <summary>
/// Collects a cell's text up to a character cap and applies the only
/// normalization readers do: line ends to \n, NBSP to a space, trimmed ends.
/// Anything further (full-width forms, inner spaces) is recognition's job.
/// </summary>
internal sealed class CellText
{
    readonly StringBuilder text = new();
    readonly int cap;

    public CellText(int cap) => this.cap = cap;

    public int Length => text.Length;

    public void Append(string s) => Append(s.AsSpan());

    public void Append(ReadOnlySpan<char> s)
    {
        int room = cap - text.Length;
        if (room <= 0)
            return;
        if (s.Length <= room)
            text.Append(s);
        else
            text.Append(s[..CutAt(s, room)]);
    }

    public void Append(char c)
    {
        if (text.Length < cap)
            text.Append(c);
    }

    public void Clear() => text.Clear();

    public override string ToString() => Normalize(text.ToString());

    /// <summary>The collected text before normalization.</summary>
    public string ToRaw() => text.ToString();

    public static string Normalize(string s)
    {
        if (s.Length == 0)
            return s;
        if (s.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
            s = ReplaceLoneSurrogates(s);
        if (s.Contains('\r'))
            s = s.Replace("\r\n", "\n").Replace('\r', '\n');
        if (s.Contains('\u00A0'))
            s = s.Replace('\u00A0', ' ');
        return s.Trim();
    }

    /// <summary>
    /// A lone surrogate (Excel's _xD800_ escape decodes to one) is not text:
    /// Unicode normalization and JSON encoding reject it. It becomes U+FFFD.
    /// </summary>
    static string ReplaceLoneSurrogates(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                i++;
            else if (char.IsSurrogate(chars[i]))
                chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>Cuts a string to a length without splitting a surrogate pair.</summary>
    public static string Truncate(string s, int cap) => s.Length <= cap ? s : s[..CutAt(s, cap)];

    static int CutAt(ReadOnlySpan<char> s, int length) =>
        length > 0 && char.IsHighSurrogate(s[length - 1]) ? length - 1 : length;
}
