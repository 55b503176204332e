using System.Globalization;
using System.Text;
using System.Xml;

namespace PerfEval.Readers;

internal sealed record XlsxSheet(string Name, int Position, bool Hidden, string? Part);

/// <summary>
/// The workbook-level parts a sheet needs: the sheet list (workbook.xml and
/// its relationships), the shared strings and the percent styles.
/// </summary>
internal sealed class XlsxWorkbook
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string StrictNs = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    static readonly string[] RelNs =
    {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    };

    public List<XlsxSheet> Sheets { get; } = new();
    public List<string> SharedStrings { get; } = new();

    // The styles part is read only when a number's format is first asked for: a
    // text-only sheet never pays for it, and of it only numFmts and cellXfs are read.
    OfficePackage? package;
    string? stylesPart;
    /// <summary>Per cellXfs index: its percent format, or null; null until first needed.</summary>
    List<PercentFormat?>? styles;

    /// <summary>The percent format of a cell's style index (its s attribute), or null when it shows no percentage.</summary>
    public PercentFormat? PercentStyle(int index)
    {
        if (styles is null)
        {
            styles = new List<PercentFormat?>();
            if (stylesPart is not null)
                package!.Parse(stylesPart, null, ReadStyles);
        }
        return index >= 0 && index < styles.Count ? styles[index] : null;
    }

    public static bool IsMain(XmlReader r) => r.NamespaceURI is MainNs or StrictNs;

    public static XlsxWorkbook Load(OfficePackage package, ReaderLimits limits, WorkBudget budget)
    {
        var book = new XlsxWorkbook();
        var rels = package.Relationships(package.MainPart);
        string? Related(string typeSuffix, string fallback)
        {
            foreach (var rel in rels)
                if (rel.Type.EndsWith(typeSuffix, StringComparison.Ordinal) && package.Has(rel.Target))
                    return rel.Target;
            return package.Has(fallback) ? fallback : null;
        }

        package.Parse(package.MainPart, null, r => book.ReadWorkbook(r, package.MainPart, rels));
        if (Related("/sharedStrings", "xl/sharedStrings.xml") is { } sst)
            package.Parse(sst, XmlWalk.Seeded(MainNs, StrictNs, "si", "t", "r", "rPh"), r => book.ReadSharedStrings(r, limits.MaxCellChars, budget));
        book.package = package;
        book.stylesPart = Related("/styles", "xl/styles.xml");
        return book;
    }

    bool ReadWorkbook(XmlReader r, string part, List<PackageRelationship> rels)
    {
        r.MoveToContent();
        if (r.LocalName != "workbook" || !IsMain(r))
        {
            if (r.LocalName == "document")
                throw ReadErrors.NoMainPart(OfficeKind.Excel, "xl/workbook.xml", otherKind: true);
            throw ReadErrors.WrongRoot(OfficeKind.Excel, part, r.Name);
        }
        while (r.Read())
        {
            if (r.NodeType != XmlNodeType.Element || r.LocalName != "sheet" || !IsMain(r))
                continue;
            string name = r.GetAttribute("name") ?? $"Sheet{Sheets.Count + 1}";
            string? state = r.GetAttribute("state");
            string? id = RelNs.Select(ns => r.GetAttribute("id", ns)).FirstOrDefault(v => v is not null);
            // Chart sheets and dialog sheets hold no cells; only worksheet targets are read.
            var target = rels.FirstOrDefault(rel => rel.Id == id && rel.Type.EndsWith("/worksheet", StringComparison.Ordinal));
            Sheets.Add(new XlsxSheet(name, Sheets.Count + 1, state is "hidden" or "veryHidden", target.Target));
        }
        return true;
    }

    bool ReadSharedStrings(XmlReader r, int cap, WorkBudget budget)
    {
        var text = new CellText(cap);
        r.Read();
        while (!r.EOF)
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "si" && IsMain(r))
            {
                // ReadRichText leaves the reader on the node after </si>, which may be the next <si>.
                text.Clear();
                ReadRichText(r, text);
                // Stored once and shared by every cell that uses it; each use is charged again in the sheet.
                var item = Finish(text);
                budget.Text(item.Length);
                SharedStrings.Add(item);
            }
            else
                r.Read();
        }
        return true;
    }

    /// <summary>Reads an si or is element: its t, or the t of each run; phonetic runs (rPh) are skipped.</summary>
    public static void ReadRichText(XmlReader r, CellText sink)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (!IsMain(r))
                r.Skip();
            else if (r.LocalName == "t")
                r.ReadTextInto(sink);
            else if (r.LocalName == "r")
            {
                int run = r.Enter();
                while (r.NextChild(run))
                {
                    if (IsMain(r) && r.LocalName == "t")
                        r.ReadTextInto(sink);
                    else
                        r.Skip();
                }
            }
            else
                r.Skip();
        }
    }

    /// <summary>Decodes Excel's _xHHHH_ escapes (how it stores CR and other control characters), then normalizes.</summary>
    public static string Finish(CellText text) => CellText.Normalize(DecodeEscapes(text.ToRaw()));

    static string DecodeEscapes(string s)
    {
        if (!s.Contains("_x", StringComparison.Ordinal))
            return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '_' && i + 6 < s.Length && s[i + 1] == 'x' && s[i + 6] == '_'
                && int.TryParse(s.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
            {
                sb.Append((char)code);
                i += 6;
            }
            else
                sb.Append(s[i]);
        }
        return sb.ToString();
    }

    bool ReadStyles(XmlReader r)
    {
        var codes = new Dictionary<int, string>();
        r.Read();
        while (!r.EOF)
        {
            if (r.NodeType == XmlNodeType.Element && IsMain(r) && r.LocalName == "cellXfs")
            {
                // numFmts come before cellXfs (the schema's order); nothing after it is needed.
                ReadCellFormats(r, codes);
                return true;
            }
            if (r.NodeType == XmlNodeType.Element && IsMain(r) && r.LocalName == "numFmt"
                && int.TryParse(r.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int id))
                codes[id] = r.GetAttribute("formatCode") ?? "";
            r.Read();
        }
        return true;
    }

    void ReadCellFormats(XmlReader r, Dictionary<int, string> codes)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsMain(r) && r.LocalName == "xf")
            {
                int.TryParse(r.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int id);
                styles!.Add(XlsxNumbers.PercentOf(id, codes.GetValueOrDefault(id)));
            }
            r.Skip();
        }
    }
}
