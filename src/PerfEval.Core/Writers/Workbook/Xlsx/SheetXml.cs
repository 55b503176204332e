using System.Globalization;
using System.Xml;
using PerfEval.Grid;

namespace PerfEval.Writers.Workbook.Xlsx;

/// <summary>
/// Streams one <see cref="SheetModel"/> as worksheet XML, elements in the
/// order the schema demands: views, columns, rows of cells, auto-filter,
/// merges, hyperlinks, page setup, the comments' drawing.
/// </summary>
internal static class SheetXml
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="legacyDrawingId">The relationship id of the comments' VML drawing, when the sheet has comments.</param>
    public static void Write(XmlWriter w, SheetModel s, Styles styles, SharedStrings strings, string? legacyDrawingId)
    {
        w.WriteStartDocument(true);
        w.WriteStartElement("worksheet", PackageWriter.MainNs);
        w.WriteAttributeString("xmlns", "r", null, PackageWriter.RelNs);

        if (s.PrintArea is not null)
        {
            w.WriteStartElement("sheetPr");
            w.WriteStartElement("pageSetUpPr");
            w.WriteAttributeString("fitToPage", "1");
            w.WriteEndElement();
            w.WriteEndElement();
        }

        var cells = s.Cells.OrderBy(kv => kv.Key.Row).ThenBy(kv => kv.Key.Col).ToList();
        if (cells.Count > 0)
        {
            w.WriteStartElement("dimension");
            int lastRow = cells[^1].Key.Row, lastCol = cells.Max(kv => kv.Key.Col);
            w.WriteAttributeString("ref", "A1:" + CellRef.ColumnLetters(lastCol) + lastRow.ToString(Inv));
            w.WriteEndElement();
        }

        w.WriteStartElement("sheetViews");
        w.WriteStartElement("sheetView");
        if (s.Selected) w.WriteAttributeString("tabSelected", "1");
        w.WriteAttributeString("workbookViewId", "0");
        if (s.FrozenRows > 0)
        {
            w.WriteStartElement("pane");
            w.WriteAttributeString("ySplit", s.FrozenRows.ToString(Inv));
            w.WriteAttributeString("topLeftCell", "A" + (s.FrozenRows + 1).ToString(Inv));
            w.WriteAttributeString("activePane", "bottomLeft");
            w.WriteAttributeString("state", "frozen");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("sheetFormatPr");
        w.WriteAttributeString("defaultRowHeight", SheetModel.DefaultRowHeight.ToString(Inv));
        w.WriteEndElement();

        if (s.Widths.Count > 0)
        {
            w.WriteStartElement("cols");
            foreach (var (col, width) in s.Widths)
            {
                w.WriteStartElement("col");
                var n = col.ToString(Inv);
                w.WriteAttributeString("min", n);
                w.WriteAttributeString("max", n);
                w.WriteAttributeString("width", width.ToString(Inv));
                w.WriteAttributeString("customWidth", "1");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        w.WriteStartElement("sheetData");
        int row = 0;
        var heights = new SortedSet<int>(s.Heights.Keys);
        foreach (var ((r, c), cell) in cells)
        {
            if (r != row)
            {
                if (row != 0) w.WriteEndElement();
                // Rows that have a height but no cell come before this one.
                while (heights.Count > 0 && heights.Min < r) EmptyRow(w, s, Take(heights));
                StartRow(w, s, r);
                heights.Remove(r);
                row = r;
            }
            Cell(w, r, c, cell, styles, strings);
        }
        if (row != 0) w.WriteEndElement();
        while (heights.Count > 0) EmptyRow(w, s, Take(heights));
        w.WriteEndElement();

        if (s.AutoFilter is { } filter)
        {
            w.WriteStartElement("autoFilter");
            w.WriteAttributeString("ref", Range(1, 1, filter.LastRow, filter.LastCol));
            w.WriteEndElement();
        }

        if (s.Merges.Count > 0)
        {
            w.WriteStartElement("mergeCells");
            w.WriteAttributeString("count", s.Merges.Count.ToString(Inv));
            foreach (var (t, l, b, rt) in s.Merges)
            {
                w.WriteStartElement("mergeCell");
                w.WriteAttributeString("ref", Range(t, l, b, rt));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        if (s.Links.Count > 0)
        {
            w.WriteStartElement("hyperlinks");
            foreach (var (r, c, location) in s.Links)
            {
                w.WriteStartElement("hyperlink");
                w.WriteAttributeString("ref", Address(r, c));
                w.WriteAttributeString("location", location);
                w.WriteAttributeString("display", s.TryGet(r, c, out var cell) && cell.Text is { } t ? t : location);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        if (s.PrintArea is not null)
        {
            w.WriteStartElement("printOptions");
            w.WriteAttributeString("horizontalCentered", "1");
            w.WriteEndElement();
            w.WriteStartElement("pageMargins");
            w.WriteAttributeString("left", "0.5");
            w.WriteAttributeString("right", "0.5");
            w.WriteAttributeString("top", "0.6");
            w.WriteAttributeString("bottom", "0.6");
            w.WriteAttributeString("header", "0.3");
            w.WriteAttributeString("footer", "0.3");
            w.WriteEndElement();
            w.WriteStartElement("pageSetup");
            w.WriteAttributeString("paperSize", "9"); // A4
            w.WriteAttributeString("fitToHeight", "0");
            w.WriteAttributeString("orientation", "portrait");
            w.WriteEndElement();
        }

        if (legacyDrawingId is not null)
        {
            w.WriteStartElement("legacyDrawing");
            w.WriteAttributeString("id", PackageWriter.RelNs, legacyDrawingId);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    static int Take(SortedSet<int> set)
    {
        var min = set.Min;
        set.Remove(min);
        return min;
    }

    static void StartRow(XmlWriter w, SheetModel s, int r)
    {
        w.WriteStartElement("row");
        w.WriteAttributeString("r", r.ToString(Inv));
        if (s.Heights.TryGetValue(r, out var h))
        {
            w.WriteAttributeString("ht", h.ToString(Inv));
            w.WriteAttributeString("customHeight", "1");
        }
    }

    static void EmptyRow(XmlWriter w, SheetModel s, int r)
    {
        StartRow(w, s, r);
        w.WriteEndElement();
    }

    static void Cell(XmlWriter w, int r, int c, SheetCell cell, Styles styles, SharedStrings strings)
    {
        w.WriteStartElement("c");
        w.WriteAttributeString("r", Address(r, c));
        int style = styles.Index(cell.Look);
        if (style != 0) w.WriteAttributeString("s", style.ToString(Inv));
        switch (cell.Kind)
        {
            case CellKind.Number:
                w.WriteElementString("v", PackageWriter.MainNs, Number(cell.Number));
                break;
            case CellKind.Text:
                w.WriteAttributeString("t", "s");
                w.WriteElementString("v", PackageWriter.MainNs, strings.Index(cell.Text!).ToString(Inv));
                break;
            case CellKind.Formula:
                if (cell.Cached is null) w.WriteAttributeString("t", "str");
                w.WriteElementString("f", PackageWriter.MainNs, cell.Formula);
                w.WriteElementString("v", PackageWriter.MainNs, cell.Cached is { } v ? Number(v) : cell.Text ?? "");
                break;
        }
        w.WriteEndElement();
    }

    /// <summary>As a reader expects a stored number: invariant, no exponent, no trailing zeros.</summary>
    public static string Number(decimal d) => d.ToString("0.############################", Inv);

    public static string Address(int row, int col) => CellRef.ColumnLetters(col) + row.ToString(Inv);

    public static string Range(int top, int left, int bottom, int right) =>
        top == bottom && left == right ? Address(top, left) : Address(top, left) + ":" + Address(bottom, right);

    /// <summary>$A$1:$I$27, as a defined name holds an area.</summary>
    public static string Absolute(int top, int left, int bottom, int right) =>
        $"${CellRef.ColumnLetters(left)}${top.ToString(Inv)}:${CellRef.ColumnLetters(right)}${bottom.ToString(Inv)}";

    /// <summary>A &lt;t&gt; element, keeping leading or trailing white space.</summary>
    public static void TextElement(XmlWriter w, string text)
    {
        w.WriteStartElement("t");
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            w.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
        w.WriteString(text);
        w.WriteEndElement();
    }
}
