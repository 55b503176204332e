using System.Globalization;
using PerfEval.Values;

namespace PerfEval.Writers.Csv;

/// <summary>How cells are spelled in every CSV perfeval writes (cli.md, "summary CSV").</summary>
public static class CsvText
{
    /// <summary>
    /// A text cell, made inert for spreadsheet programs: one starting with
    /// = + - @ tab or CR gets a leading apostrophe, so Excel shows it instead
    /// of evaluating it. Numbers never pass through here, which is why a
    /// negative amount stays a number.
    /// </summary>
    public static string Text(string? value) => SafeNames.SpreadsheetText(value);

    /// <summary>Invariant, no thousands separator, no trailing zeros; blank for null.</summary>
    public static string Number(decimal? value) =>
        value is { } d ? Fmt.Exact(d) : "";

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A rate given as a fraction (0.15454…), written as a percentage with two decimals (15.45).</summary>
    public static string Percent(decimal? fraction) =>
        fraction is { } f
            ? Tolerance.Round2(f * 100m).ToString("0.00", CultureInfo.InvariantCulture)
            : "";

    /// <summary>A score rounded as Excel's ROUND(x, 2) would, without trailing zeros.</summary>
    public static string Score(decimal? value) =>
        Number(value is { } d ? Tolerance.Round2(d) : null);
}
