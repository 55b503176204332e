using System.Globalization;
using System.Xml;

namespace PerfEval.Writers.Workbook.Xlsx;

/// <summary>
/// styles.xml of one workbook: each distinct <see cref="CellLook"/> used gets
/// a cell format, built from the fonts, fills and borders it needs. Format 0
/// is the plain look (宋体 10, as the template's default).
/// </summary>
internal sealed class Styles
{
    const string Main = PackageWriter.MainNs;
    /// <summary>Built-in number format 10: 0.00%.</summary>
    const int PercentFormat = 10;

    readonly Dictionary<CellLook, int> _index = new();
    readonly List<CellLook> _looks = new();

    public Styles() => Index(CellLook.Plain);

    public int Index(CellLook look)
    {
        if (_index.TryGetValue(look, out var i)) return i;
        _index[look] = i = _looks.Count;
        _looks.Add(look);
        return i;
    }

    static (bool Bold, double Size, Tint Tint) FontOf(CellLook l) => (l.Bold, l.Size, l.Tint);

    public void Write(XmlWriter w)
    {
        var fonts = _looks.Select(FontOf).Distinct().ToList();
        var fills = new[] { Fill.None, Fill.Changed, Fill.Header };
        w.WriteStartDocument(true);
        w.WriteStartElement("styleSheet", Main);

        w.WriteStartElement("fonts");
        w.WriteAttributeString("count", Count(fonts.Count));
        foreach (var (bold, size, tint) in fonts)
        {
            w.WriteStartElement("font");
            if (bold) w.WriteElementString("b", Main, null);
            Val(w, "sz", size.ToString(CultureInfo.InvariantCulture));
            if (tint == Tint.Gray) Rgb(w, "color", SheetStyle.GrayRgb);
            Val(w, "name", SheetStyle.Font);
            Val(w, "family", "2");
            Val(w, "charset", "134");
            w.WriteEndElement();
        }
        w.WriteEndElement();

        // Fills 0 and 1 are reserved (none, gray125); the solid ones follow.
        w.WriteStartElement("fills");
        w.WriteAttributeString("count", "4");
        Pattern(w, "none", null);
        Pattern(w, "gray125", null);
        Pattern(w, "solid", SheetStyle.ChangedFillRgb);
        Pattern(w, "solid", SheetStyle.HeaderFillRgb);
        w.WriteEndElement();

        w.WriteStartElement("borders");
        w.WriteAttributeString("count", "2");
        Border(w, null);
        Border(w, "thin");
        w.WriteEndElement();

        w.WriteStartElement("cellStyleXfs");
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("xf");
        w.WriteAttributeString("numFmtId", "0");
        w.WriteAttributeString("fontId", "0");
        w.WriteAttributeString("fillId", "0");
        w.WriteAttributeString("borderId", "0");
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("cellXfs");
        w.WriteAttributeString("count", Count(_looks.Count));
        foreach (var l in _looks)
        {
            w.WriteStartElement("xf");
            w.WriteAttributeString("numFmtId", l.Percent ? Count(PercentFormat) : "0");
            w.WriteAttributeString("fontId", Count(fonts.IndexOf(FontOf(l))));
            w.WriteAttributeString("fillId", Count(Array.IndexOf(fills, l.Fill) is var f && f > 0 ? f + 1 : 0));
            w.WriteAttributeString("borderId", l.Border ? "1" : "0");
            w.WriteAttributeString("xfId", "0");
            if (l.Percent) w.WriteAttributeString("applyNumberFormat", "1");
            w.WriteAttributeString("applyFont", "1");
            if (l.Fill != Fill.None) w.WriteAttributeString("applyFill", "1");
            if (l.Border) w.WriteAttributeString("applyBorder", "1");
            if (l.Align != Align.General || l.Middle || l.Wrap)
            {
                w.WriteAttributeString("applyAlignment", "1");
                w.WriteStartElement("alignment");
                if (l.Align != Align.General) w.WriteAttributeString("horizontal", l.Align == Align.Left ? "left" : "center");
                if (l.Middle) w.WriteAttributeString("vertical", "center");
                if (l.Wrap) w.WriteAttributeString("wrapText", "1");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("cellStyles");
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("cellStyle");
        w.WriteAttributeString("name", "Normal");
        w.WriteAttributeString("xfId", "0");
        w.WriteAttributeString("builtinId", "0");
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    static void Val(XmlWriter w, string element, string value)
    {
        w.WriteStartElement(element);
        w.WriteAttributeString("val", value);
        w.WriteEndElement();
    }

    static void Rgb(XmlWriter w, string element, string rgb)
    {
        w.WriteStartElement(element);
        w.WriteAttributeString("rgb", "FF" + rgb);
        w.WriteEndElement();
    }

    static void Pattern(XmlWriter w, string type, string? rgb)
    {
        w.WriteStartElement("fill");
        w.WriteStartElement("patternFill");
        w.WriteAttributeString("patternType", type);
        if (rgb is not null)
        {
            Rgb(w, "fgColor", rgb);
            w.WriteStartElement("bgColor");
            w.WriteAttributeString("indexed", "64");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    static void Border(XmlWriter w, string? style)
    {
        w.WriteStartElement("border");
        foreach (var side in new[] { "left", "right", "top", "bottom" })
        {
            w.WriteStartElement(side);
            if (style is not null)
            {
                w.WriteAttributeString("style", style);
                w.WriteStartElement("color");
                w.WriteAttributeString("indexed", "64");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteElementString("diagonal", Main, null);
        w.WriteEndElement();
    }
}
