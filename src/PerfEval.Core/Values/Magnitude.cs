using System.Globalization;

namespace PerfEval.Values;

/// <summary>
/// The range of numbers a form may state and perfeval computes with. decimal
/// holds up to 7.9 × 10²⁸, so a ratio of a huge amount to a tiny one (全年执行数
/// 7.9E28 ÷ 全年预算数 1E-27) or a sum of huge weights overflows it. Bounding each
/// number where it is parsed keeps every quotient (at most 10²⁴), product and sum
/// of the scoring and the rules inside decimal, so no arithmetic needs its own
/// guard; a number outside the range is a PE005 on its cell. The bounds are far
/// beyond any real form: the whole national budget is about 3 × 10¹³ 元.
/// </summary>
public static class Magnitude
{
    /// <summary>10¹⁴: 100 万亿.</summary>
    public const decimal Max = 100_000_000_000_000m;

    /// <summary>10⁻¹⁰: no amount, rate or score is written with more places.</summary>
    public const decimal MinNonZero = 0.0000000001m;

    public static bool InRange(decimal x)
    {
        var a = Math.Abs(x);
        return a == 0m || (a <= Max && a >= MinNonZero);
    }

    /// <summary>Text that reads as a number, but one outside the range (1E-27, 1e308, 7.9E28).</summary>
    public static bool IsOutOfRangeNumber(string raw)
    {
        var s = TextFold.Fold(raw.Trim()).Replace(",", "").TrimEnd('%');
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsNaN(d) || double.IsInfinity(d))
            return false;
        var a = Math.Abs(d);
        return a > (double)Max || (a != 0 && a < (double)MinNonZero);
    }
}
