using System.Text;

namespace PerfEval.Values;

/// <summary>
/// Brings cell text to one spelling before parsing: forms mix full-width and
/// half-width digits and punctuation (１２．５％, ＞＝) and scatter spaces
/// through values, none of which carries meaning.
/// </summary>
internal static class TextFold
{
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (Fold(c) is { } f)
                sb.Append(f);
        return sb.ToString();
    }

    /// <summary>One character's spelling after folding; null for one that is dropped (spaces).</summary>
    public static char? Fold(char c) =>
        char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' ? null : c switch
        {
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            '\u2212' => '-',
            '\uFE6A' => '%',
            '≧' => '≥',
            '≦' => '≤',
            _ => c,
        };
}
