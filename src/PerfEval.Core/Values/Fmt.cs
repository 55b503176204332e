using System.Globalization;

namespace PerfEval.Values;

/// <summary>Numbers as messages show them: invariant, no trailing zeros.</summary>
public static class Fmt
{
    /// <summary>Up to 12 places: what messages, formulas and the report show.</summary>
    public static string N(decimal d) => d.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>Every place a decimal holds (28): what a data file (CSV, a cached cell value) stores.</summary>
    public static string Exact(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string N(decimal? d) => d is null ? "（空）" : N(d.Value);

    /// <summary>A computed value rounded for reading (2 decimals, or 4 for small rates).</summary>
    public static string R(decimal d, int places = 2) =>
        N(Math.Round(d, places, MidpointRounding.AwayFromZero));

    /// <summary>A stated number as written on the form.</summary>
    public static string S(StatedNumber n) => n.Raw.Trim().Length > 0 ? n.Raw.Trim() : N(n.Value);

    /// <summary>A percentage with up to 4 places (1.125%).</summary>
    public static string Pct(decimal percent) => R(percent, 4) + "%";
}
