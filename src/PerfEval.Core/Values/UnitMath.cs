namespace PerfEval.Values;

/// <summary>
/// Brings a target and an actual value to one unit so they can be divided
/// (forms.md, "Values"). When units cannot be reconciled the caller treats
/// the indicator as qualitative instead of comparing unlike quantities.
/// </summary>
public static class UnitMath
{
    /// <summary>
    /// Both numbers come back in the target's unit (the actual's when the target
    /// has none). False when either value is not quantitative or the units differ
    /// beyond 万/元 and 批/批次.
    /// </summary>
    public static bool TryAlign(ParsedValue target, ParsedValue actual, out decimal targetNumber, out decimal actualNumber)
    {
        targetNumber = 0;
        actualNumber = 0;
        if (target.Number is not { } t || actual.Number is not { } a)
            return false;
        targetNumber = t;
        actualNumber = a;
        if (string.IsNullOrEmpty(target.Unit) || string.IsNullOrEmpty(actual.Unit))
            return true;

        var (tNum, tDen) = Split(target.Unit);
        var (aNum, aDen) = Split(actual.Unit);
        if (tDen != aDen)
            return false;
        // 65/套 against 61.2元/套: a bare numerator takes the other's, as a bare value does.
        if (tNum.Length == 0 || aNum.Length == 0 || tNum == aNum)
            return true;
        if (MoneyScale(tNum) is not { } tScale || MoneyScale(aNum) is not { } aScale)
            return false;
        try
        {
            actualNumber = aScale >= tScale ? a * (aScale / tScale) : a / (tScale / aScale);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    static (string Num, string? Den) Split(string unit)
    {
        var slash = unit.IndexOf('/');
        return slash < 0
            ? (Canon(unit), null)
            : (Canon(unit[..slash]), Canon(unit[(slash + 1)..]));
    }

    // 批 and 批次 are written interchangeably for a batch of visitors.
    static string Canon(string part) => UnitText.Spell(part) switch
    {
        "批次" => "批",
        var p => p,
    };

    static decimal? MoneyScale(string unit) => unit switch
    {
        "元" => 1m,
        "万" => 10_000m,
        "亿" => 100_000_000m,
        _ => null,
    };
}
