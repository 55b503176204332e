namespace PerfEval.Values;

public enum Comparator { None, Eq, Ge, Gt, Le, Lt }

/// <summary>
/// An indicator's target or actual value after parsing (forms.md, "Values").
/// Number is null for qualitative text (全年, 及时, 是…) and for a blank cell.
/// Unit is normalized: % for 百分比, per-unit values keep their slash (元/人, 万/批次, /套).
/// </summary>
public sealed record ParsedValue(string Raw, Comparator Comparator, decimal? Number, string? Unit)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Raw);
    public bool IsQuantitative => Number is not null;
    public bool IsQualitative => !IsBlank && Number is null;

    public static ParsedValue Blank { get; } = new("", Comparator.None, null, null);
}
