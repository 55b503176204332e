namespace PerfEval.Grid;

/// <summary>
/// Where a cell sits in its source file. Word tables are addressed by table,
/// row and column numbers; worksheets by sheet name and A1 address. All
/// numbers are 1-based, as a person counts them.
/// </summary>
public sealed record CellRef(int Table, int Row, int Col, string? Sheet = null)
{
    public bool IsSheet => Sheet is not null;

    public string A1 => ColumnLetters(Col) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>表1 第21行 第3列 for a document, 'Sheet'!C21 for a workbook.</summary>
    public override string ToString() => IsSheet
        ? $"{QuoteSheet(Sheet!)}!{A1}"
        : $"表{Table} 第{Row}行 第{Col}列";

    /// <summary>The row alone: 表1 第21行, or 'Sheet'!21:21.</summary>
    public string RowText => IsSheet ? $"{QuoteSheet(Sheet!)}!{Row}:{Row}" : $"表{Table} 第{Row}行";

    public static string ColumnLetters(int col)
    {
        var s = "";
        while (col > 0)
        {
            int m = (col - 1) % 26;
            s = (char)('A' + m) + s;
            col = (col - 1) / 26;
        }
        return s;
    }

    static string QuoteSheet(string name) =>
        name.All(c => char.IsLetterOrDigit(c) || c == '_') ? name : "'" + name.Replace("'", "''") + "'";
}
