using PerfEval.Grid;

namespace PerfEval.Values;

/// <summary>
/// A number as the form states it: the raw text, its value, and how many
/// decimal places were written (a stated number matches a computed one within
/// half a unit of its last written place, forms.md "Comparing").
/// </summary>
public sealed record StatedNumber(string Raw, decimal? Value, int Decimals, bool IsPercent, CellRef? Ref)
{
    /// <summary>Empty, or a dash that means "not applicable" (—).</summary>
    public bool IsBlank => Value is null && !IsInvalid;
    /// <summary>Text is present but is not a number (PE005).</summary>
    public bool IsInvalid { get; init; }
    public bool HasValue => Value is not null;

    public static StatedNumber Missing(CellRef? at = null) => new("", null, 0, false, at);
}
