
namespace PerfEval.Values;

/// <summary>
/// Whether a number stated on a form agrees with the recomputed one
/// (forms.md, "Comparing a stated number with a computed one").
/// </summary>
public static class Tolerance
{
    // decimal carries at most 28 places; a longer written fraction cannot be honoured anyway.
    const int MaxPlaces = 27;

    /// <summary>
    /// True when <paramref name="computed"/> (unrounded) lies within half a unit
    /// of the stated number's last written place, inclusive. Scores and totals
    /// count at least one place, so a stated 5 stands for 4.95–5.05.
    /// </summary>
    public static bool Matches(StatedNumber stated, decimal computed, bool isScore)
    {
        if (stated.Value is not { } value)
            return false;
        var places = Math.Min(isScore ? Math.Max(stated.Decimals, 1) : stated.Decimals, MaxPlaces);
        var half = new decimal(5, 0, 0, false, (byte)(places + 1));
        try
        {
            return Math.Abs(value - computed) <= half;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Excel's ROUND(x, 2): halves go away from zero.</summary>
    public static decimal Round2(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
}
