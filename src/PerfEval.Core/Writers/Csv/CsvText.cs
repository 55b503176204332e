using System.Globalization;

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
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    /// <summary>Invariant, no thousands separator, no trailing zeros; blank for null.</summary>
    public static string Number(decimal? value) =>
        value is { } d ? d.ToString("0.############################", CultureInfo.InvariantCulture) : "";

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A rate given as a fraction (0.15454…), written as a percentage with two decimals (15.45).</summary>
    public static string Percent(decimal? fraction) =>
        fraction is { } f
            ? Math.Round(f * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)
            : "";

    /// <summary>A score rounded as Excel's ROUND(x, 2) would, without trailing zeros.</summary>
    public static string Score(decimal? value) =>
        Number(value is { } d ? Math.Round(d, 2, MidpointRounding.AwayFromZero) : null);
}
