using System.Globalization;
using PerfEval.Values;

namespace PerfEval.Readers;

/// <summary>How a percent number format shows decimals: 0% → (0, 0), 0.00% → (2, 2), 0.0#% → (1, 2).</summary>
internal readonly record struct PercentFormat(int MinDecimals, int MaxDecimals);

/// <summary>
/// Turns stored cell values into the numbers and text a person sees in
/// Excel: values kept to Excel's 15 significant digits, percent formats
/// shown ×100 with their decimals, everything else written plainly.
/// </summary>
internal static class XlsxNumbers
{
    const int ExcelDigits = 15;

    /// <summary>Parses a stored numeric value (invariant, exponent allowed); null when not a number or outside decimal's range.</summary>
    public static decimal? Parse(string raw)
    {
        if (!decimal.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return null;
        return RoundToSignificant(value, ExcelDigits);
    }

    /// <summary>
    /// Excel keeps 15 significant digits; files written from binary doubles
    /// carry noise past them (0.26000000000000001), which would otherwise
    /// show up in text and break equality with typed values.
    /// </summary>
    public static decimal RoundToSignificant(decimal value, int digits)
    {
        if (value == 0)
            return 0m;
        decimal magnitude = Math.Abs(value);
        int exponent = 0;
        decimal power = 1m;
        while (exponent < 28 && magnitude >= power * 10)
        {
            power *= 10;
            exponent++;
        }
        while (exponent > -28 && magnitude < power)
        {
            power /= 10;
            exponent--;
        }
        int decimals = digits - 1 - exponent;
        decimal rounded;
        if (decimals >= 0)
            rounded = Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        else
        {
            decimal factor = Pow10(-decimals);
            rounded = Math.Round(value / factor, 0, MidpointRounding.AwayFromZero) * factor;
        }
        // Dividing by 1.000… drops trailing zeros from the scale.
        return rounded / 1.000000000000000000000000000000000m;
    }

    static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
            p *= 10;
        return p;
    }

    /// <summary>11, 1.7, 0.26: invariant, no exponent, no trailing zeros.</summary>
    public static string Plain(decimal value) => Fmt.Exact(value);

    /// <summary>0.1545 under 0.00% → "15.45%".</summary>
    public static string Percent(decimal value, PercentFormat format)
    {
        decimal scaled;
        try
        {
            scaled = Math.Round(value * 100, format.MaxDecimals, MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            return Plain(value);
        }
        string pattern = format.MaxDecimals == 0
            ? "0"
            : "0." + new string('0', format.MinDecimals) + new string('#', format.MaxDecimals - format.MinDecimals);
        return scaled.ToString(pattern, CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>The percent format of a number format, or null when it does not show a percentage.</summary>
    public static PercentFormat? PercentOf(int numFmtId, string? formatCode)
    {
        if (formatCode is null)
        {
            return numFmtId switch
            {
                9 => new PercentFormat(0, 0),
                10 => new PercentFormat(2, 2),
                _ => null,
            };
        }
        // Only the first section (positive numbers) matters for detection and decimals.
        bool quoted = false, bracket = false, percent = false;
        int decimalPoint = -1, end = formatCode.Length;
        for (int i = 0; i < formatCode.Length; i++)
        {
            char c = formatCode[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }
            if (bracket)
            {
                bracket = c != ']';
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case '[': bracket = true; break;
                case '\\' or '_' or '*': i++; break; // escaped, padding or fill: the next char is literal
                case '%': percent = true; break;
                case '.' when decimalPoint < 0: decimalPoint = i; break;
                case ';': end = i; i = formatCode.Length; break;
            }
        }
        if (!percent)
            return null;
        int min = 0, max = 0;
        for (int i = decimalPoint + 1; decimalPoint >= 0 && i < end; i++)
        {
            char c = formatCode[i];
            if (c == '0')
            {
                min = ++max;
            }
            else if (c is '#' or '?')
                max++;
            else
                break;
        }
        return new PercentFormat(min, max);
    }
}
