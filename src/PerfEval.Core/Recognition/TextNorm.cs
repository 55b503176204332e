using System.Globalization;
using System.Text;

namespace PerfEval.Recognition;

/// <summary>
/// The one place cell text is normalized before recognition. Label matching
/// ignores what real forms vary in: full- vs half-width characters (NFKC),
/// line breaks and spaces inside labels, and the invisible characters that
/// copy and paste out of web systems leaves behind (zero-width, soft hyphen,
/// bidi marks, word joiner, BOM). Display text keeps its characters but
/// loses the invisible ones (Clean, Visible), so a name made only of them is blank.
/// </summary>
public static class TextNorm
{
    /// <summary>
    /// Invisible and formatting characters: U+200B–U+200F (zero-width space,
    /// non-joiner, joiner, LRM, RLM), U+202A–U+202E (bidi embeddings and
    /// overrides), U+2060–U+2064 (word joiner, invisible operators), U+FEFF
    /// (BOM, zero-width no-break space), U+00AD (soft hyphen). None carries meaning on a form.
    /// </summary>
    public static bool IsInvisible(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
            or '\uFEFF' or '\u00AD';

    /// <summary>The text in NFKC with every white space and invisible character removed: what labels are matched on.</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        return FastKey(text) ?? SlowKey(text);
    }

    /// <summary>The definition of Key: ICU's NFKC, then white space dropped.</summary>
    static string SlowKey(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || IsInvisible(c)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    enum Kind { Unknown, Keep, Drop, Widen, Ellipsis }

    /// <summary>
    /// Key runs on every cell several times, and ICU's NFKC costs more than all
    /// the rest of recognition. Form text is almost all ASCII, CJK ideographs,
    /// full-width punctuation and white space, whose NFKC is known and which
    /// never compose with a neighbour; such text is folded here without ICU.
    /// Null when any other character occurs: SlowKey decides then.
    /// </summary>
    static string? FastKey(string text)
    {
        bool changes = false;
        int extra = 0;
        foreach (var c in text)
        {
            switch (KindOf(c))
            {
                case Kind.Keep: break;
                case Kind.Unknown: return null;
                case Kind.Ellipsis: extra += 2; changes = true; break;
                default: changes = true; break;
            }
        }
        if (!changes) return text;

        int size = text.Length + extra;
        Span<char> buffer = size <= 512 ? stackalloc char[size] : new char[size];
        int n = 0;
        foreach (var c in text)
        {
            switch (KindOf(c))
            {
                case Kind.Keep: buffer[n++] = c; break;
                case Kind.Widen: buffer[n++] = (char)(c - 0xFEE0); break;
                case Kind.Ellipsis: buffer[n++] = '.'; buffer[n++] = '.'; buffer[n++] = '.'; break;
            }
        }
        return new string(buffer[..n]);
    }

    // Each class is checked against ICU, character by character, in TextNormTests.
    static Kind KindOf(char c) => c switch
    {
        >= '!' and <= '~' => Kind.Keep,
        ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u00A0' or '\u1680'
            or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
            or '\uFEFF' or '\u00AD' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or (>= '\u2000' and <= '\u200A') => Kind.Drop,
        >= '\u4E00' and <= '\u9FFF' => Kind.Keep,
        >= '\u3400' and <= '\u4DBF' => Kind.Keep,
        // Full-width ASCII (：（）％０-９Ａ-Ｚ) is NFKC's <wide> form of U+0021..U+007E.
        >= '\uFF01' and <= '\uFF5E' => Kind.Widen,
        '\u2026' => Kind.Ellipsis,
        '\u3001' or '\u3002' or (>= '\u3008' and <= '\u3011') or (>= '\u3014' and <= '\u301B')
            or '\u2014' or '\u2015' or '\u2018' or '\u2019' or '\u201C' or '\u201D'
            or (>= '\u2264' and <= '\u2267') or '\u00D7' or '\u00F7' or '\u00B0' => Kind.Keep,
        _ => Kind.Unknown,
    };

    /// <summary>Collapses runs of white space, drops invisible characters and trims: for display of labels and names.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text.Trim())
        {
            if (IsInvisible(c)) continue;
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The text without its invisible characters, lines and spaces kept: values and free text, before parsing and display.</summary>
    public static string Visible(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        int i = 0;
        while (i < text.Length && !IsInvisible(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) if (!IsInvisible(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>A label spread over lines (绩\n效\n指\n标) joined back; other text keeps its lines.</summary>
    public static string OneLine(string? text) => Key(text).Length == 0 ? "" : string.Join("", Visible(text).Split('\n').Select(l => l.Trim()));

    public static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
