using System.Globalization;
using System.Xml;
using PerfEval.Grid;

namespace PerfEval.Readers;

/// <summary>
/// Reads one worksheet into a grid that starts at A1 and ends at the last
/// row and column holding a value or a merge, so grid positions are true
/// sheet addresses. Merged ranges copy their top-left cell everywhere.
/// </summary>
internal sealed class XlsxSheetReader
{
    const int MaxRow = 1_048_576, MaxCol = 16_384;

    sealed record Value(string Text, decimal? Number, bool Percent, bool Formula);

    readonly XlsxWorkbook book;
    readonly XlsxSheet sheet;
    readonly ReaderLimits limits;
    readonly WorkBudget budget;
    readonly string part;
    readonly string label;
    readonly Dictionary<long, Value> values = new();
    readonly List<(int Row1, int Col1, int Row2, int Col2)> merges = new();
    readonly CellText text;
    int lastRow, lastCol;

    XlsxSheetReader(XlsxWorkbook book, XlsxSheet sheet, ReaderLimits limits, WorkBudget budget)
    {
        this.book = book;
        this.sheet = sheet;
        this.limits = limits;
        this.budget = budget;
        part = sheet.Part!;
        label = $"工作表“{sheet.Name}”";
        text = new CellText(limits.MaxCellChars);
    }

    public static CellGrid Read(OfficePackage package, XlsxWorkbook book, XlsxSheet sheet, ReaderLimits limits, WorkBudget budget)
    {
        var reader = new XlsxSheetReader(book, sheet, limits, budget);
        package.Parse(sheet.Part!, XmlWalk.Seeded(XlsxWorkbook.MainNs, XlsxWorkbook.StrictNs, "sheetData", "row", "c", "v", "f", "is", "t", "r", "s", "mergeCells", "mergeCell", "ref"), reader.ReadWorksheet);
        return reader.ToGrid();
    }

    static long Key(int row, int col) => ((long)row << 16) | (uint)col;

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

        var value = type == "inlineStr" || (inline && stored is null)
            ? new Value(XlsxWorkbook.Finish(text), null, false, formula)
            : stored is null ? (formula ? new Value("", null, false, true) : null) : Interpret(type, stored, style, formula);
        if (value is not null)
            Store(row, col, value);
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

    void Store(int row, int col, Value value)
    {
        budget.Text(value.Text.Length); // as read: a million cells showing one long shared string stop here, early
        values[Key(row, col)] = value;
        if (values.Count > limits.MaxCellsPerGrid)
            throw ReadErrors.TooManyCells(label, limits.MaxCellsPerGrid);
        budget.Pending(values.Count);
        Extend(row, col);
    }

    void Extend(int row, int col)
    {
        lastRow = Math.Max(lastRow, row);
        lastCol = Math.Max(lastCol, col);
    }

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
        if (r1 > r2)
            (r1, r2) = (r2, r1);
        if (c1 > c2)
            (c1, c2) = (c2, c1);
        if (r1 == r2 && c1 == c2)
            return;
        budget.Merge((long)(r2 - r1 + 1) * (c2 - c1 + 1));
        merges.Add((r1, c1, r2, c2));
        Extend(r2, c2);
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

    CellGrid ToGrid()
    {
        if ((long)lastRow * lastCol > limits.MaxCellsPerGrid)
            throw ReadErrors.TooManyCells(label, limits.MaxCellsPerGrid);

        budget.Grid(label, (long)lastRow * lastCol);

        // Each covered position points at its merge's top-left; later merges win on (invalid) overlaps.
        // A flat array: the work is the merged area, which the budget bounds, and no hashing per cell.
        int[]? covered = merges.Count == 0 ? null : new int[lastRow * lastCol];
        foreach (var (r1, c1, r2, c2) in merges)
        {
            int top = (r1 - 1) * lastCol + (c1 - 1) + 1;
            int before = covered![top - 1]; // a merge's own top-left keeps what an earlier merge gave it
            for (int row = r1; row <= r2; row++)
                covered.AsSpan((row - 1) * lastCol + c1 - 1, c2 - c1 + 1).Fill(top);
            covered[top - 1] = before;
        }

        var rows = new List<GridRow>(lastRow);
        for (int row = 1; row <= lastRow; row++)
        {
            var cells = new GridCell[lastCol];
            for (int col = 1; col <= lastCol; col++)
            {
                var at = new CellRef(sheet.Position, row, col, sheet.Name);
                var origin = at;
                long key = Key(row, col);
                if (covered is not null && covered[(row - 1) * lastCol + col - 1] is > 0 and var top)
                {
                    int topRow = (top - 1) / lastCol + 1, topCol = (top - 1) % lastCol + 1;
                    origin = new CellRef(sheet.Position, topRow, topCol, sheet.Name);
                    key = Key(topRow, topCol);
                }
                values.TryGetValue(key, out var v);
                if (v is not null && !ReferenceEquals(origin, at))
                    budget.Text(v.Text.Length); // a merged copy; the cell itself was charged when read
                cells[col - 1] = new GridCell
                {
                    Text = v?.Text ?? "",
                    Ref = at,
                    Origin = origin,
                    Number = v?.Number,
                    IsPercentFormat = v?.Percent ?? false,
                    IsFormula = v?.Formula ?? false,
                };
            }
            rows.Add(new GridRow(row, cells));
        }
        return new CellGrid(sheet.Name, rows, Array.Empty<string>(), sheet.Name, sheet.Position);
    }
}
