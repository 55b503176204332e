namespace PerfEval.Writers.Workbook;

/// <summary>
/// Looks shared by the template and the sheets fix writes: the font, the
/// fills, and row heights estimated from the text (no font metrics needed,
/// which servers rarely have).
/// </summary>
public static class SheetStyle
{
    public const string Font = "宋体";
    public const double FontSize = 10;
    /// <summary>The fill of a cell whose value fix changed.</summary>
    public const string ChangedFillRgb = "FFEB9C";
    /// <summary>The fill of the header row of 汇总 and 问题清单.</summary>
    public const string HeaderFillRgb = "DDEBF7";
    /// <summary>The font colour of the numeric helper columns (DimGray).</summary>
    public const string GrayRgb = "696969";
    public const double HelperColumnWidth = 10;
    /// <summary>Excel's width of a column nobody sized.</summary>
    public const double DefaultColumnWidth = 8.43;
    public const double MinRowHeight = 15;
    const double LineHeight = 13.5;

    /// <summary>
    /// Lines a text takes in a cell this many characters wide. CJK characters
    /// count double, and a little more, as programs without 宋体 draw them wider.
    /// </summary>
    public static int Lines(string text, double widthChars)
    {
        var usable = Math.Max(1, widthChars - 1);
        int lines = 0;
        foreach (var line in text.Split('\n'))
        {
            double w = 0;
            foreach (var ch in line) w += ch >= '\u2E80' ? 2.4 : 1.0;
            lines += Math.Max(1, (int)Math.Ceiling(w / usable));
        }
        return lines;
    }

    public static double Height(int lines) => Math.Max(MinRowHeight, lines * LineHeight);
}
