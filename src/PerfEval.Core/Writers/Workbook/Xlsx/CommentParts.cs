using System.Globalization;
using System.Xml;

namespace PerfEval.Writers.Workbook.Xlsx;

/// <summary>
/// A sheet's comments: the comments part (author and text) and the legacy
/// VML drawing that Excel, LibreOffice and WPS need to show them, one hidden
/// note shape per comment anchored beside its cell.
/// </summary>
internal static class CommentParts
{
    const string Vml = "urn:schemas-microsoft-com:vml", Office = "urn:schemas-microsoft-com:office:office", Excel = "urn:schemas-microsoft-com:office:excel";
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void WriteComments(XmlWriter w, IReadOnlyList<(int Row, int Col, string Text)> comments)
    {
        var main = PackageWriter.MainNs;
        w.WriteStartDocument(true);
        w.WriteStartElement("comments", main);
        w.WriteStartElement("authors");
        w.WriteElementString("author", main, PackageWriter.Author);
        w.WriteEndElement();
        w.WriteStartElement("commentList");
        foreach (var (row, col, text) in comments)
        {
            w.WriteStartElement("comment");
            w.WriteAttributeString("ref", SheetXml.Address(row, col));
            w.WriteAttributeString("authorId", "0");
            w.WriteStartElement("text");
            w.WriteStartElement("r");
            w.WriteStartElement("rPr");
            w.WriteStartElement("sz");
            w.WriteAttributeString("val", "9");
            w.WriteEndElement();
            w.WriteStartElement("rFont");
            w.WriteAttributeString("val", SheetStyle.Font);
            w.WriteEndElement();
            w.WriteEndElement();
            SheetXml.TextElement(w, text);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <param name="sheetNumber">1-based; keeps shape ids unique across the workbook's drawings.</param>
    public static void WriteVml(XmlWriter w, IReadOnlyList<(int Row, int Col, string Text)> comments, int sheetNumber)
    {
        w.WriteStartElement("xml");
        w.WriteAttributeString("xmlns", "v", null, Vml);
        w.WriteAttributeString("xmlns", "o", null, Office);
        w.WriteAttributeString("xmlns", "x", null, Excel);

        w.WriteStartElement("shapelayout", Office);
        w.WriteAttributeString("ext", Vml, "edit");
        w.WriteStartElement("idmap", Office);
        w.WriteAttributeString("ext", Vml, "edit");
        w.WriteAttributeString("data", sheetNumber.ToString(Inv));
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("shapetype", Vml);
        w.WriteAttributeString("id", "_x0000_t202");
        w.WriteAttributeString("coordsize", "21600,21600");
        w.WriteAttributeString("spt", Office, "202");
        w.WriteAttributeString("path", "m,l,21600r21600,l21600,xe");
        w.WriteStartElement("stroke", Vml);
        w.WriteAttributeString("joinstyle", "miter");
        w.WriteEndElement();
        w.WriteStartElement("path", Vml);
        w.WriteAttributeString("gradientshapeok", "t");
        w.WriteAttributeString("connecttype", Office, "rect");
        w.WriteEndElement();
        w.WriteEndElement();

        for (int i = 0; i < comments.Count; i++)
        {
            var (row, col, _) = comments[i];
            w.WriteStartElement("shape", Vml);
            w.WriteAttributeString("id", "_x0000_s" + (sheetNumber * 1024 + 1 + i).ToString(Inv));
            w.WriteAttributeString("type", "#_x0000_t202");
            w.WriteAttributeString("style", "position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:59.25pt;z-index:" + (i + 1).ToString(Inv) + ";visibility:hidden");
            w.WriteAttributeString("fillcolor", "#ffffe1");
            w.WriteAttributeString("insetmode", Office, "auto");
            w.WriteStartElement("fill", Vml);
            w.WriteAttributeString("color2", "#ffffe1");
            w.WriteEndElement();
            w.WriteStartElement("shadow", Vml);
            w.WriteAttributeString("on", "t");
            w.WriteAttributeString("color", "black");
            w.WriteAttributeString("obscured", "t");
            w.WriteEndElement();
            w.WriteStartElement("path", Vml);
            w.WriteAttributeString("connecttype", Office, "none");
            w.WriteEndElement();
            w.WriteStartElement("textbox", Vml);
            w.WriteAttributeString("style", "mso-direction-alt:auto");
            w.WriteStartElement("div");
            w.WriteAttributeString("style", "text-align:left");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("ClientData", Excel);
            w.WriteAttributeString("ObjectType", "Note");
            w.WriteElementString("MoveWithCells", Excel, "");
            w.WriteElementString("SizeWithCells", Excel, "");
            // Columns and rows from 0: two columns right of the cell, four rows tall.
            w.WriteElementString("Anchor", Excel, string.Create(Inv, $"{col}, 15, {Math.Max(0, row - 2)}, 2, {col + 2}, 15, {row + 2}, 16"));
            w.WriteElementString("AutoFill", Excel, "False");
            w.WriteElementString("Row", Excel, (row - 1).ToString(Inv));
            w.WriteElementString("Column", Excel, (col - 1).ToString(Inv));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }
}
