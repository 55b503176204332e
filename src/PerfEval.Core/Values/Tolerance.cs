
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
        return Within(value, isScore ? Math.Max(stated.Decimals, 1) : stated.Decimals, computed);
    }

    /// <summary>
    /// True when <paramref name="computed"/> lies within half a unit of the last of
    /// <paramref name="places"/> written places of <paramref name="stated"/>, inclusive
    /// (a number quoted in a text, say, with the places it was written with).
    /// </summary>
    public static bool Within(decimal stated, int places, decimal computed)
    {
        var half = new decimal(5, 0, 0, false, (byte)(Math.Clamp(places, 0, MaxPlaces) + 1));
        try
        {
            return Math.Abs(stated - computed) <= half;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Excel's ROUND(x, 2): halves go away from zero.</summary>
    public static decimal Round2(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
}
