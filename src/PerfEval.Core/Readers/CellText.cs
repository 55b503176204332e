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

    public void Append(string s)
    {
        int room = cap - text.Length;
        if (room <= 0)
            return;
        if (s.Length <= room)
            text.Append(s);
        else
            text.Append(s, 0, CutAt(s, room));
    }

    public void Append(ReadOnlySpan<char> s)
    {
        int room = cap - text.Length;
        if (room <= 0)
            return;
        if (s.Length <= room)
            text.Append(s);
        else
            text.Append(s[..(char.IsHighSurrogate(s[room - 1]) ? room - 1 : room)]);
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
        if (s.Contains('\r'))
            s = s.Replace("\r\n", "\n").Replace('\r', '\n');
        if (s.Contains('\u00A0'))
            s = s.Replace('\u00A0', ' ');
        return s.Trim();
    }

    /// <summary>Cuts a string to a length without splitting a surrogate pair.</summary>
    public static string Truncate(string s, int cap) => s.Length <= cap ? s : s[..CutAt(s, cap)];

    static int CutAt(string s, int length) =>
        length > 0 && char.IsHighSurrogate(s[length - 1]) ? length - 1 : length;
}
