using PerfEval.Grid;

namespace PerfEval.Findings;

public enum Severity { Info = 0, Warning = 1, Error = 2 }

/// <summary>
/// One problem found in a file or a form. Expected and Actual carry the two
/// numbers a rule compared (null where it compared none).
/// </summary>
public sealed record Finding(
    string Rule,
    Severity Severity,
    string Message,
    CellRef? Cell = null,
    decimal? Expected = null,
    decimal? Actual = null)
{
    /// <summary>A finding about a whole form or file has no cell; its location is the form's.</summary>
    public string LocationText(string fallback) => Cell?.ToString() ?? fallback;
}

public static class SeverityNames
{
    public static string Name(this Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The Chinese word every Chinese output uses for a severity.</summary>
    public static string Chinese(this Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            default: severity = Severity.Info; return false;
        }
    }
}
