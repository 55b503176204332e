using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEval.Values;

/// <summary>
/// Parses indicator target and actual values by the grammar of forms.md:
/// <c>[comparator] number [unit] | text</c>. Anything that is not wholly a
/// comparator, a number and a unit is qualitative: 100%完成 is words after a
/// number, so it is not compared, rather than guessing which part counts.
/// </summary>
public static partial class ValueParser
{
    // Longest first, so 不超过 is not read as 超过 and >= not as >.
    static readonly (string Text, Comparator Cmp)[] Prefixes = new (string, Comparator)[]
    {
        ("大于或等于", Comparator.Ge), ("小于或等于", Comparator.Le),
        ("大于等于", Comparator.Ge), ("小于等于", Comparator.Le),
        ("不低于", Comparator.Ge), ("不少于", Comparator.Ge), ("不小于", Comparator.Ge),
        ("不高于", Comparator.Le), ("不超过", Comparator.Le), ("不大于", Comparator.Le), ("不多于", Comparator.Le),
        ("达到", Comparator.Ge), ("大于", Comparator.Gt), ("高于", Comparator.Gt), ("超过", Comparator.Gt),
        ("多于", Comparator.Gt), ("小于", Comparator.Lt), ("低于", Comparator.Lt), ("少于", Comparator.Lt),
        ("等于", Comparator.Eq),
        (">=", Comparator.Ge), ("≥=", Comparator.Ge), ("<=", Comparator.Le), ("≤=", Comparator.Le),
        ("≥", Comparator.Ge), (">", Comparator.Gt), ("≤", Comparator.Le), ("<", Comparator.Lt),
        ("=", Comparator.Eq), ("约", Comparator.None),
    }.OrderByDescending(p => p.Item1.Length).ToArray();

    // A bound written after the value (10人以上) stands for a comparator.
    static readonly (string Text, Comparator Cmp)[] Suffixes =
    {
        ("及以上", Comparator.Ge), ("以上", Comparator.Ge),
        ("及以下", Comparator.Le), ("以下", Comparator.Le),
        ("以内", Comparator.Le), ("之内", Comparator.Le), ("内", Comparator.Le),
        ("左右", Comparator.None),
    };

    // A number followed only by one of these names a point in time (8月, 5月份), not a quantity.
    static readonly HashSet<string> CalendarTails = new() { "月", "月份", "日", "号" };

    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")]
    private static partial Regex LeadingNumber();

    public static ParsedValue Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return ParsedValue.Blank;
        var trimmed = raw.Trim();
        var qualitative = new ParsedValue(trimmed, Comparator.None, null, null);

        var s = TextFold.Fold(trimmed);
        var cmp = Comparator.None;
        foreach (var (text, c) in Prefixes)
        {
            if (s.StartsWith(text, StringComparison.Ordinal))
            {
                cmp = c;
                s = s[text.Length..];
                break;
            }
        }
        foreach (var (text, c) in Suffixes)
        {
            if (s.Length > text.Length && s.EndsWith(text, StringComparison.Ordinal))
            {
                if (cmp == Comparator.None)
                    cmp = c;
                s = s[..^text.Length];
                break;
            }
        }

        var m = LeadingNumber().Match(s);
        if (!m.Success)
            return qualitative;
        var tail = s[m.Length..];
        if (CalendarTails.Contains(tail) || IsYear(m.Value, tail))
            return qualitative;
        if (!UnitText.TryNormalize(tail, out var unit))
            return qualitative;
        // Too many digits for decimal: treat as text rather than fail the whole form.
        if (!decimal.TryParse(m.Value.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number) || !Magnitude.InRange(number))
            return qualitative;
        return new ParsedValue(trimmed, cmp, number, unit);
    }

    static bool IsYear(string number, string tail) =>
        tail is "年" or "年度" && number.Length == 4 && number[0] is '1' or '2' && number.All(char.IsAsciiDigit);
}
