using System.Globalization;
using System.Xml;
using PerfEval.Grid;
using Value = PerfEval.Readers.SheetGridBuilder.Value;

namespace PerfEval.Readers;

/// <summary>
/// Reads one worksheet into a grid that starts at A1 and ends at the last
/// row and column holding a value or a merge, so grid positions are true
/// sheet addresses. Merged ranges copy their top-left cell everywhere.
/// </summary>
internal sealed class XlsxSheetReader
{
    const int MaxRow = 1_048_576, MaxCol = 16_384;

    readonly XlsxWorkbook book;
    readonly XlsxSheet sheet;
    readonly string part;
    // Values and merges as read, and the grid made of them: shared with the .xls reader.
    readonly SheetGridBuilder grid;
    readonly CellText text;

    XlsxSheetReader(XlsxWorkbook book, XlsxSheet sheet, ReaderLimits limits, WorkBudget budget)
    {
        this.book = book;
        this.sheet = sheet;
        part = sheet.Part!;
        grid = new SheetGridBuilder(sheet.Name, sheet.Position, limits, budget);
        text = new CellText(limits.MaxCellChars);
    }

    public static CellGrid Read(OfficePackage package, XlsxWorkbook book, XlsxSheet sheet, ReaderLimits limits, WorkBudget budget)
    {
        var reader = new XlsxSheetReader(book, sheet, limits, budget);
        package.Parse(sheet.Part!, XmlWalk.Seeded(XlsxWorkbook.MainNs, XlsxWorkbook.StrictNs, "sheetData", "row", "c", "v", "f", "is", "t", "r", "s", "mergeCells", "mergeCell", "ref"), reader.ReadWorksheet);
        return reader.grid.ToGrid();
    }

    bool ReadWorksheet(XmlReader r)
    {
        r.MoveToContent();
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (!XlsxWorkbook.IsMain(r))
                r.Skip();
            else if (r.LocalName == "sheetData")
                ReadSheetData(r);
            else if (r.LocalName == "mergeCells")
            {
                ReadMerges(r);
                return true; // the schema puts mergeCells after sheetData; what follows is formatting and print setup
            }
            else
                r.Skip();
        }
        return true;
    }

    void ReadSheetData(XmlReader r)
    {
        int rowNumber = 0;
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (!XlsxWorkbook.IsMain(r) || r.LocalName != "row")
            {
                r.Skip();
                continue;
            }
            rowNumber = r.GetAttribute("r") is { } rowAttr ? ParseIndex(rowAttr, MaxRow, "行号") : rowNumber + 1;
            int col = 0;
            int row = r.Enter();
            while (r.NextChild(row))
            {
                if (XlsxWorkbook.IsMain(r) && r.LocalName == "c")
                    col = ReadCell(r, rowNumber, col);
                else
                    r.Skip();
            }
        }
    }

    /// <summary>Reads one c element; returns its column so a following cell without r can follow it.</summary>
    int ReadCell(XmlReader r, int row, int previousCol)
    {
        string? address = r.GetAttribute("r");
        int col = address is null ? previousCol + 1 : ColumnOf(address);
        if (col > MaxCol)
            throw Bad($"单元格地址 {address} 无效");
        string? type = r.GetAttribute("t");
        string? style = r.GetAttribute("s");
        string? stored = null;
        bool formula = false, inline = false;
        text.Clear();

        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (!XlsxWorkbook.IsMain(r))
                r.Skip();
            else if (r.LocalName == "v")
            {
                r.ReadTextInto(text);
                stored = text.ToRaw();
                text.Clear();
            }
            else if (r.LocalName == "f")
            {
                formula = true;
                r.Skip();
            }
            else if (r.LocalName == "is")
            {
                inline = true;
                XlsxWorkbook.ReadRichText(r, text);
            }
            else
                r.Skip();
        }

        Value? value = type == "inlineStr" || (inline && stored is null)
            ? new Value(XlsxWorkbook.Finish(text), null, false, formula)
            : stored is null ? (formula ? new Value("", null, false, true) : null) : Interpret(type, stored, style, formula);
        if (value is not null)
            grid.Set(row, col, value);
        return col;
    }

    Value Interpret(string? type, string stored, string? style, bool formula)
    {
        switch (type)
        {
            case "s":
                if (!int.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out int index) || index < 0 || index >= book.SharedStrings.Count)
                    throw Bad($"共享字符串编号 {stored} 不存在");
                return new Value(book.SharedStrings[index], null, false, formula);
            case "b":
                return new Value(stored.Trim() == "1" ? "TRUE" : "FALSE", null, false, formula);
            case "str" or "e" or "d":
                return new Value(CellText.Normalize(stored), null, false, formula);
        }
        var number = XlsxNumbers.Parse(stored);
        if (number is null)
            return new Value(CellText.Normalize(stored), null, false, formula);
        var percent = PercentStyle(style);
        string shown = percent is { } p ? XlsxNumbers.Percent(number.Value, p) : XlsxNumbers.Plain(number.Value);
        return new Value(shown, number, percent is not null, formula);
    }

    PercentFormat? PercentStyle(string? style) =>
        style is not null && int.TryParse(style, NumberStyles.Integer, CultureInfo.InvariantCulture, out int s)
            ? book.PercentStyle(s)
            : null;

    void ReadMerges(XmlReader r)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (XlsxWorkbook.IsMain(r) && r.LocalName == "mergeCell" && r.GetAttribute("ref") is { } range)
                AddMerge(range);
            r.Skip();
        }
    }

    void AddMerge(string range)
    {
        int colon = range.IndexOf(':');
        if (colon < 0)
            return;
        var (r1, c1) = Address(range[..colon]);
        var (r2, c2) = Address(range[(colon + 1)..]);
        grid.Merge(r1, c1, r2, c2);
    }

    (int Row, int Col) Address(string a1)
    {
        // $A$1: an absolute reference is the same cell (Excel writes them in merges now and then).
        a1 = a1.Replace("$", "");
        int col = ColumnOf(a1);
        int digits = 0;
        while (digits < a1.Length && char.IsAsciiLetter(a1[digits]))
            digits++;
        int row = ParseIndex(a1[digits..], MaxRow, "合并区域地址");
        if (col < 1 || col > MaxCol)
            throw Bad($"合并区域地址 {a1} 无效");
        return (row, col);
    }

    /// <summary>The column number of an A1 address (letters, optionally after $).</summary>
    int ColumnOf(string a1)
    {
        int col = 0;
        foreach (char ch in a1)
        {
            if (ch == '$')
                continue;
            char c = char.ToUpperInvariant(ch);
            if (c < 'A' || c > 'Z')
                break;
            col = col * 26 + (c - 'A' + 1);
            if (col > MaxCol)
                break;
        }
        if (col == 0)
            throw Bad($"单元格地址 {a1} 无效");
        return col;
    }

    int ParseIndex(string s, int max, string what)
    {
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v < 1 || v > max)
            throw Bad($"{what} {s} 无效");
        return v;
    }

    UnreadableFileException Bad(string what) => ReadErrors.BadContent(OfficeKind.Excel, part, what);
}
