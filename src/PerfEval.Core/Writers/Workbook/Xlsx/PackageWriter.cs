using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PerfEval.Writers.Workbook.Xlsx;

/// <summary>A defined name: a user's name (global or on one sheet) or one of Excel's _xlnm names.</summary>
internal sealed record DefinedName(string Name, string Reference, int? SheetIndex = null, bool Hidden = false);

/// <summary>
/// Writes a whole .xlsx package straight into a zip, part by part, with an
/// XmlWriter: content types, relationships, core properties, the workbook
/// (sheets, defined names, print areas and titles, recalculation on load),
/// each sheet with its comments and their VML, styles and shared strings.
/// No document object model is built and nothing is read back.
/// </summary>
internal static class PackageWriter
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string Author = "perfeval";
    const string PackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
    const string DocRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const string Ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
        CheckCharacters = true,
    };

    public static void Write(Stream output, IReadOnlyList<SheetModel> sheets, IReadOnlyList<DefinedName> names,
        string title, DateTime stamp, bool recalculateOnLoad)
    {
        var styles = new Styles();
        var strings = new SharedStrings();
        int active = Math.Max(0, sheets.ToList().FindIndex(s => s.Selected));
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);

        Part(zip, "[Content_Types].xml", stamp, w => ContentTypes(w, sheets));
        Part(zip, "_rels/.rels", stamp, w => Rels(w, new[]
        {
            ("rId1", DocRel + "officeDocument", "xl/workbook.xml"),
            ("rId2", PackageRels + "/metadata/core-properties", "docProps/core.xml"),
        }));
        Part(zip, "docProps/core.xml", stamp, w => Core(w, title, stamp));
        Part(zip, "xl/workbook.xml", stamp, w => WorkbookXml(w, sheets, names, active, recalculateOnLoad));
        var bookRels = sheets.Select((s, i) => ($"rId{i + 1}", DocRel + "worksheet", $"worksheets/sheet{i + 1}.xml")).ToList();
        bookRels.Add(($"rId{sheets.Count + 1}", DocRel + "styles", "styles.xml"));
        bookRels.Add(($"rId{sheets.Count + 2}", DocRel + "sharedStrings", "sharedStrings.xml"));
        Part(zip, "xl/_rels/workbook.xml.rels", stamp, w => Rels(w, bookRels));

        for (int i = 0; i < sheets.Count; i++)
        {
            var s = sheets[i];
            int n = i + 1;
            bool notes = s.Comments.Count > 0;
            Part(zip, $"xl/worksheets/sheet{n}.xml", stamp, w => SheetXml.Write(w, s, styles, strings, notes ? "rId2" : null));
            if (!notes) continue;
            Part(zip, $"xl/worksheets/_rels/sheet{n}.xml.rels", stamp, w => Rels(w, new[]
            {
                ("rId1", DocRel + "comments", $"../comments{n}.xml"),
                ("rId2", DocRel + "vmlDrawing", $"../drawings/vmlDrawing{n}.vml"),
            }));
            Part(zip, $"xl/comments{n}.xml", stamp, w => CommentParts.WriteComments(w, s.Comments));
            Part(zip, $"xl/drawings/vmlDrawing{n}.vml", stamp, w => CommentParts.WriteVml(w, s.Comments, n));
        }
        // Last: the sheets above decided which strings and looks exist.
        Part(zip, "xl/sharedStrings.xml", stamp, strings.Write);
        Part(zip, "xl/styles.xml", stamp, styles.Write);
    }

    static void Part(ZipArchive zip, string name, DateTime stamp, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        using var w = XmlWriter.Create(stream, Settings);
        write(w);
    }

    static void ContentTypes(XmlWriter w, IReadOnlyList<SheetModel> sheets)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        w.WriteStartDocument(true);
        w.WriteStartElement("Types", ns);
        void Default(string ext, string type)
        {
            w.WriteStartElement("Default");
            w.WriteAttributeString("Extension", ext);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
        void Override(string part, string type)
        {
            w.WriteStartElement("Override");
            w.WriteAttributeString("PartName", part);
            w.WriteAttributeString("ContentType", type);
            w.WriteEndElement();
        }
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        if (sheets.Any(s => s.Comments.Count > 0)) Default("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
        Override("/xl/workbook.xml", Ct + "sheet.main+xml");
        Override("/xl/styles.xml", Ct + "styles+xml");
        Override("/xl/sharedStrings.xml", Ct + "sharedStrings+xml");
        Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        for (int i = 0; i < sheets.Count; i++)
        {
            Override($"/xl/worksheets/sheet{i + 1}.xml", Ct + "worksheet+xml");
            if (sheets[i].Comments.Count > 0) Override($"/xl/comments{i + 1}.xml", Ct + "comments+xml");
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    static void Rels(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> rels)
    {
        w.WriteStartDocument(true);
        w.WriteStartElement("Relationships", PackageRels);
        foreach (var (id, type, target) in rels)
        {
            w.WriteStartElement("Relationship");
            w.WriteAttributeString("Id", id);
            w.WriteAttributeString("Type", type);
            w.WriteAttributeString("Target", target);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    static void Core(XmlWriter w, string title, DateTime stamp)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            dc = "http://purl.org/dc/elements/1.1/", terms = "http://purl.org/dc/terms/", xsi = "http://www.w3.org/2001/XMLSchema-instance";
        w.WriteStartDocument(true);
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteAttributeString("xmlns", "dcterms", null, terms);
        w.WriteAttributeString("xmlns", "xsi", null, xsi);
        w.WriteElementString("title", dc, XmlText.Clean(title));
        w.WriteElementString("creator", dc, Author);
        var when = stamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Inv);
        foreach (var name in new[] { "created", "modified" })
        {
            w.WriteStartElement(name, terms);
            w.WriteAttributeString("type", xsi, "dcterms:W3CDTF");
            w.WriteString(when);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    static void WorkbookXml(XmlWriter w, IReadOnlyList<SheetModel> sheets, IReadOnlyList<DefinedName> names, int active, bool recalculate)
    {
        w.WriteStartDocument(true);
        w.WriteStartElement("workbook", MainNs);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        w.WriteStartElement("bookViews");
        w.WriteStartElement("workbookView");
        if (active > 0)
        {
            w.WriteAttributeString("firstSheet", "0");
            w.WriteAttributeString("activeTab", active.ToString(Inv));
        }
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("sheets");
        for (int i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet");
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(Inv));
            w.WriteAttributeString("id", RelNs, $"rId{i + 1}");
            w.WriteEndElement();
        }
        w.WriteEndElement();

        var all = names.Concat(SheetNamesOf(sheets)).ToList();
        if (all.Count > 0)
        {
            w.WriteStartElement("definedNames");
            foreach (var n in all)
            {
                w.WriteStartElement("definedName");
                w.WriteAttributeString("name", n.Name);
                if (n.SheetIndex is { } k) w.WriteAttributeString("localSheetId", k.ToString(Inv));
                if (n.Hidden) w.WriteAttributeString("hidden", "1");
                w.WriteString(n.Reference);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }

        w.WriteStartElement("calcPr");
        w.WriteAttributeString("calcId", "191029");
        if (recalculate) w.WriteAttributeString("fullCalcOnLoad", "1");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>Each sheet's print area, rows repeated on every page and auto-filter, as Excel's reserved names.</summary>
    static IEnumerable<DefinedName> SheetNamesOf(IReadOnlyList<SheetModel> sheets)
    {
        for (int i = 0; i < sheets.Count; i++)
        {
            var s = sheets[i];
            var q = SheetNames.Quote(s.Name);
            if (s.AutoFilter is { } f)
                yield return new DefinedName("_xlnm._FilterDatabase", $"{q}!{SheetXml.Absolute(1, 1, f.LastRow, f.LastCol)}", i, Hidden: true);
            if (s.PrintArea is { } p)
                yield return new DefinedName("_xlnm.Print_Area", $"{q}!{SheetXml.Absolute(1, 1, p.Row, p.Col)}", i);
            if (s.RepeatRows > 0)
                yield return new DefinedName("_xlnm.Print_Titles", $"{q}!$1:${s.RepeatRows.ToString(Inv)}", i);
        }
    }
}
