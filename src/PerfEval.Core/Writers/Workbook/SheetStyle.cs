using ClosedXML.Excel;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// Looks shared by the template and the sheets fix writes: fonts, A4 print
/// setup, and row heights estimated from the text (ClosedXML's
/// AdjustToContents needs libgdiplus, which servers rarely have).
/// </summary>
public static class SheetStyle
{
    public const string Font = "宋体";
    public const double FontSize = 10;
    /// <summary>The fill of a cell whose value fix changed.</summary>
    public static readonly XLColor ChangedFill = XLColor.FromHtml("#FFEB9C");
    const double LineHeight = 13.5, MinRowHeight = 15;

    /// <summary>A4 portrait, one page wide, the first rows repeated on every page.</summary>
    public static void PrintSetup(IXLWorksheet sheet, int lastRow, int lastCol, int repeatRows)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Portrait;
        page.FitToPages(1, 0);
        page.Margins.Left = 0.5;
        page.Margins.Right = 0.5;
        page.Margins.Top = 0.6;
        page.Margins.Bottom = 0.6;
        page.Margins.Header = 0.3;
        page.Margins.Footer = 0.3;
        page.CenterHorizontally = true;
        page.PrintAreas.Clear();
        page.PrintAreas.Add(1, 1, lastRow, lastCol);
        if (repeatRows > 0) page.SetRowsToRepeatAtTop(1, repeatRows);
    }

    /// <summary>
    /// Lines a text takes in a cell this many characters wide. CJK characters
    /// count double, and a little more, as programs without 宋体 draw them wider.
    /// </summary>
    public static int Lines(string text, double widthChars)
    {
        var usable = Math.Max(1, widthChars - 1);
        return text.Split('\n').Sum(line =>
            Math.Max(1, (int)Math.Ceiling(line.Sum(ch => ch >= '\u2E80' ? 2.4 : 1.0) / usable)));
    }

    public static double Height(int lines) => Math.Max(MinRowHeight, lines * LineHeight);

    /// <summary>Raises each row's height to fit the wrapped text of the cells given (merged areas share their height).</summary>
    public static void FitRows(IXLWorksheet sheet, IEnumerable<(int Row, int Rows, double Width, string Text)> cells)
    {
        var need = new Dictionary<int, double>();
        foreach (var (row, rows, width, text) in cells)
        {
            if (text.Length == 0) continue;
            var h = Height(Lines(text, width)) / rows;
            for (int r = row; r < row + rows; r++)
                need[r] = Math.Max(need.GetValueOrDefault(r, MinRowHeight), h);
        }
        foreach (var (r, h) in need)
            if (h > sheet.Row(r).Height) sheet.Row(r).Height = Math.Round(h, 1);
    }

    /// <summary>Excel refuses a cell longer than 32767 characters; a longer text is cut there, never mid-character.</summary>
    public static void SetText(IXLCell cell, string text)
    {
        const int Max = 32767;
        if (text.Length > Max) text = text[..(char.IsHighSurrogate(text[Max - 1]) ? Max - 1 : Max)];
        cell.SetValue(text);
    }

    public static double Width(IXLWorksheet sheet, int col, int cols)
    {
        double w = 0;
        for (int c = col; c < col + cols; c++) w += sheet.Column(c).Width;
        return w;
    }
}
