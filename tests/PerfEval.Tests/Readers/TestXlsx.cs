using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PerfEval.Tests.Readers;

/// <summary>
/// Writes real .xlsx packages with the OpenXML SDK. Cells are described as
/// Excel stores them (shared or inline strings, cached formula values, style
/// indexes) so each test controls the exact markup the reader sees.
/// </summary>
internal sealed class TestXlsx
{
    // Indexes into the cellXfs written by StylesXml.
    public const int General = 0, Percent2 = 1, Percent0 = 2, Percent1 = 3, QuotedPercent = 4, Fixed2 = 5;

    const string StylesXml =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/><numFmt numFmtId=\"165\" formatCode=\"&quot;%&quot;0.00\"/></numFmts>" +
        "<fonts count=\"1\"><font><sz val=\"11\"/></font></fonts><fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>" +
        "<borders count=\"1\"><border/></borders>" +
        "<cellStyleXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/></cellStyleXfs>" +
        "<cellXfs count=\"6\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"10\" xfId=\"0\" applyNumberFormat=\"1\"/>" +
        "<xf numFmtId=\"9\" xfId=\"0\"/><xf numFmtId=\"164\" xfId=\"0\"/><xf numFmtId=\"165\" xfId=\"0\"/><xf numFmtId=\"2\" xfId=\"0\"/></cellXfs>" +
        "</styleSheet>";

    readonly List<(string Name, string? State, Sheet Sheet)> sheets = new();
    readonly List<string> shared = new();

    /// <summary>Extra si elements written verbatim after the ones added through Shared.</summary>
    public List<string> RawSharedItems { get; } = new();

    public Sheet AddSheet(string name, string? state = null)
    {
        var sheet = new Sheet(this);
        sheets.Add((name, state, sheet));
        return sheet;
    }

    int Share(string text)
    {
        int i = shared.IndexOf(text);
        if (i >= 0)
            return i;
        shared.Add(text);
        return shared.Count - 1;
    }

    public string Write(string path)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var book = doc.AddWorkbookPart();
        var sheetList = new StringBuilder();
        int id = 1;
        foreach (var (name, state, sheet) in sheets)
        {
            var part = book.AddNewPart<WorksheetPart>();
            Put(part, sheet.ToXml());
            string stateAttr = state is null ? "" : $" state=\"{state}\"";
            sheetList.Append($"<sheet name=\"{SecurityElement.Escape(name)}\" sheetId=\"{id++}\"{stateAttr} r:id=\"{book.GetIdOfPart(part)}\"/>");
        }
        var items = string.Concat(shared.Select(s => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></si>")) + string.Concat(RawSharedItems);
        Put(book.AddNewPart<SharedStringTablePart>(), $"<sst xmlns=\"{Main}\">{items}</sst>");
        Put(book.AddNewPart<WorkbookStylesPart>(), StylesXml);
        Put(book, $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>{sheetList}</sheets></workbook>");
        return path;
    }

    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    static void Put(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create);
        var bytes = Encoding.UTF8.GetBytes(xml);
        stream.Write(bytes, 0, bytes.Length);
    }

    public sealed class Sheet
    {
        readonly TestXlsx book;
        readonly SortedDictionary<(int Row, int Col), string> cells = new();
        readonly List<string> merges = new();
        string? rawSheetData;

        public Sheet(TestXlsx book) => this.book = book;

        public Sheet Shared(string a1, string text) => Put(a1, $"t=\"s\"", $"<v>{book.Share(text)}</v>");

        public Sheet Inline(string a1, string text) => Put(a1, "t=\"inlineStr\"", $"<is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is>");

        public Sheet Number(string a1, string stored, int style = General) => Put(a1, Style(style), $"<v>{stored}</v>");

        public Sheet Formula(string a1, string formula, string cached, int style = General, string? type = null) =>
            Put(a1, Style(style) + (type is null ? "" : $" t=\"{type}\""), $"<f>{SecurityElement.Escape(formula)}</f><v>{SecurityElement.Escape(cached)}</v>");

        /// <summary>A cell written verbatim: attributes and content.</summary>
        public Sheet Raw(string a1, string attributes, string content) => Put(a1, attributes, content);

        public Sheet Merge(string range)
        {
            merges.Add(range);
            return this;
        }

        /// <summary>Replaces the generated sheetData content (for rows and cells without r).</summary>
        public Sheet SheetData(string rowsXml)
        {
            rawSheetData = rowsXml;
            return this;
        }

        static string Style(int style) => style == General ? "" : $"s=\"{style}\"";

        Sheet Put(string a1, string attributes, string content)
        {
            var (row, col) = Parse(a1);
            cells[(row, col)] = $"<c r=\"{a1}\" {attributes}>{content}</c>";
            return this;
        }

        static (int Row, int Col) Parse(string a1)
        {
            int i = 0, col = 0;
            while (char.IsAsciiLetter(a1[i]))
                col = col * 26 + (a1[i++] - 'A' + 1);
            return (int.Parse(a1[i..]), col);
        }

        public string ToXml()
        {
            var data = rawSheetData ?? string.Concat(cells.GroupBy(c => c.Key.Row)
                .Select(g => $"<row r=\"{g.Key}\">{string.Concat(g.Select(c => c.Value))}</row>"));
            var mergeXml = merges.Count == 0 ? "" : $"<mergeCells count=\"{merges.Count}\">{string.Concat(merges.Select(m => $"<mergeCell ref=\"{m}\"/>"))}</mergeCells>";
            return $"<worksheet xmlns=\"{Main}\"><sheetData>{data}</sheetData>{mergeXml}</worksheet>";
        }
    }
}
