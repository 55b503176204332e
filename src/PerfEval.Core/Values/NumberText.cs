using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Grid;

namespace PerfEval.Values;

/// <summary>
/// Reads cells that must hold a number (amounts, weights, scores, totals,
/// rates). Text that is present but not a number is kept as invalid so a rule
/// can report it; a dash or 无 means "not applicable" and is blank.
/// </summary>
public static partial class NumberText
{
    static readonly HashSet<string> NotApplicable = new() { "/", "无" };

    // Units a number cell may repeat from its column header; the value stays as written.
    static readonly string[] UnitSuffixes = { "万元", "万", "元", "分" };

    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?<frac>\d*))?$")]
    private static partial Regex Number();

    public static StatedNumber Parse(string? raw, CellRef? at)
    {
        var trimmed = raw?.Trim() ?? "";
        var s = TextFold.Fold(trimmed);
        if (s.Length == 0 || NotApplicable.Contains(s) || s.All(IsDash))
            return new StatedNumber(trimmed, null, 0, false, at);

        if (s[0] == '=')
            s = s[1..];
        if (s.StartsWith('约'))
            s = s[1..];
        var isPercent = s.EndsWith('%');
        if (isPercent)
            s = s[..^1];
        else
        {
            var unit = UnitSuffixes.FirstOrDefault(u => s.EndsWith(u, StringComparison.Ordinal));
            if (unit is not null)
                s = s[..^unit.Length];
        }

        var m = Number().Match(s);
        if (!m.Success || !s.Any(char.IsAsciiDigit)
            || !decimal.TryParse(s.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
            return Invalid(trimmed, at);
        return new StatedNumber(trimmed, value, m.Groups["frac"].Length, isPercent, at);
    }

    /// <summary>
    /// A workbook cell: <paramref name="number"/> is its numeric (or cached
    /// formula) value, <paramref name="text"/> what the sheet displays. A
    /// percent-formatted fraction (0.1545 shown as 15.45%) becomes 15.45 with
    /// the places shown, because the form states the rate as displayed.
    /// </summary>
    public static StatedNumber FromCell(string text, decimal? number, bool isPercentFormat, CellRef? at)
    {
        if (number is not { } n)
            return Parse(text, at);
        var shown = Parse(text, at);
        var raw = string.IsNullOrWhiteSpace(text) ? n.ToString(CultureInfo.InvariantCulture) : text.Trim();
        decimal value;
        try
        {
            value = isPercentFormat ? n * 100m : n;
        }
        catch (OverflowException)
        {
            return Invalid(raw, at);
        }
        var decimals = shown.HasValue ? shown.Decimals : Places(value);
        return new StatedNumber(raw, value, decimals, isPercentFormat, at);
    }

    static StatedNumber Invalid(string raw, CellRef? at) =>
        new(raw, null, 0, false, at) { IsInvalid = true };

    static bool IsDash(char c) => c is '-' or '—' or '–' or '―' or '‐' or '─';

    /// <summary>Decimal places a number needs, ignoring trailing zeros of its scale.</summary>
    static int Places(decimal x)
    {
        int scale = (decimal.GetBits(x)[3] >> 16) & 0xFF;
        while (scale > 0 && x == Math.Round(x, scale - 1))
            scale--;
        return scale;
    }
}
