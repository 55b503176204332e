namespace PerfEval.Writers.Workbook;

/// <summary>
/// The sheet names of one workbook: each made by SafeNames.SheetName (the one
/// cleaning of a sheet name), unique ignoring case, none of the reserved ones.
/// </summary>
public sealed class SheetNames
{
    public const int MaxLength = SafeNames.MaxSheetName;
    const string Forbidden = "[]:*?/\\";

    readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keeps a name from being handed out (汇总, 问题清单).</summary>
    public void Reserve(string name) => _used.Add(name);

    /// <summary>The names of a corrected workbook: 汇总 and 问题清单 are taken.</summary>
    public static SheetNames ForCorrectedWorkbook()
    {
        var names = new SheetNames();
        names.Reserve(SummarySheets.Summary);
        names.Reserve(SummarySheets.Issues);
        return names;
    }

    /// <summary>A valid, unused name made from the wanted one; 表N when nothing of it is usable.</summary>
    public string Take(string wanted, int position) => SafeNames.SheetName(wanted, _used, $"表{position}");

    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength && !name.Any(c => Forbidden.Contains(c))
        && name[0] != '\'' && name[^1] != '\'' && !name.Equals("History", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name as a formula writes it: 'name'!A1.</summary>
    public static string Quote(string name) => "'" + name.Replace("'", "''") + "'";
}
