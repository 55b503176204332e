using System.Globalization;
using System.Text;

namespace PerfEval.Recognition;

/// <summary>
/// Label matching ignores what real forms vary in: full- vs half-width
/// characters, line breaks and spaces inside labels.
/// </summary>
public static class TextNorm
{
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Collapses runs of white space and trims: for display of labels and names.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A label spread over lines (绩\n效\n指\n标) joined back; other text keeps its lines.</summary>
    public static string OneLine(string? text) => Key(text).Length == 0 ? "" : string.Join("", (text ?? "").Split('\n').Select(l => l.Trim()));

    public static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
