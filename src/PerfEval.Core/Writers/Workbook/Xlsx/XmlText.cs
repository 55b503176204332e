using System.Text;

namespace PerfEval.Writers.Workbook.Xlsx;

/// <summary>
/// Text as the package may hold it. Control characters XML 1.0 forbids are
/// written as OOXML's _xHHHH_ escapes (as Excel writes them), a literal
/// "_x" that would read as one is escaped itself, a lone surrogate becomes
/// U+FFFD, and a cell keeps at most Excel's 32,767 characters, never cut in
/// the middle of a character.
/// </summary>
internal static class XmlText
{
    public const int MaxCellChars = 32767;

    public static string Cell(string text)
    {
        if (text.Length > MaxCellChars) text = text[..(char.IsHighSurrogate(text[MaxCellChars - 1]) ? MaxCellChars - 1 : MaxCellChars)];
        return Clean(text);
    }

    public static string Clean(string text)
    {
        int i = 0;
        for (; i < text.Length; i++)
            if (NeedsWork(text, i)) break;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c)) sb.Append('\uFFFD');
            else if (IsForbidden(c) || IsEscapeLike(text, i)) sb.Append("_x").Append(((int)c).ToString("X4")).Append('_');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static bool NeedsWork(string s, int i)
    {
        char c = s[i];
        if (char.IsSurrogate(c)) return !(char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
        return IsForbidden(c) || IsEscapeLike(s, i);
    }

    static bool IsForbidden(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';

    /// <summary>"_x0041_" in a text would be read back as "A": its underscore is escaped.</summary>
    static bool IsEscapeLike(string s, int i) =>
        s[i] == '_' && i + 6 < s.Length && s[i + 1] == 'x' && s[i + 6] == '_'
        && Uri.IsHexDigit(s[i + 2]) && Uri.IsHexDigit(s[i + 3]) && Uri.IsHexDigit(s[i + 4]) && Uri.IsHexDigit(s[i + 5]);
}
