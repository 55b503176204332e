using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace PerfEval.Tests.Readers;

/// <summary>
/// Writes real .docx packages with the OpenXML SDK, with document.xml given
/// as raw WordprocessingML so each test shows the exact markup it reads.
/// </summary>
internal static class TestDocx
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    public static string Write(string path, string bodyXml) =>
        WriteDocumentXml(path, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");

    public static string WriteDocumentXml(string path, string documentXml)
    {
        using (var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            using var stream = main.GetStream(FileMode.Create);
            var bytes = Encoding.UTF8.GetBytes(documentXml);
            stream.Write(bytes, 0, bytes.Length);
        }
        return path;
    }

    public static string P(string text) => $"<w:p>{Run(text)}</w:p>";

    public static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>A table with a tblGrid of the given width.</summary>
    public static string Table(int gridColumns, params string[] rows)
    {
        var grid = string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"1000\"/>", gridColumns));
        return $"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{string.Concat(rows)}</w:tbl>";
    }

    public static string Row(params string[] cells) => $"<w:tr>{string.Concat(cells)}</w:tr>";

    public static string RowWith(string trPr, params string[] cells) => $"<w:tr><w:trPr>{trPr}</w:trPr>{string.Concat(cells)}</w:tr>";

    /// <summary>A cell holding one paragraph of text.</summary>
    public static string Cell(string text, string tcPr = "") => CellXml(P(text), tcPr);

    public static string CellXml(string content, string tcPr = "") =>
        $"<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>{tcPr}</w:tcPr>{content}</w:tc>";

    public const string VRestart = "<w:vMerge w:val=\"restart\"/>";
    public const string VContinue = "<w:vMerge/>";

    public static string Span(int n) => $"<w:gridSpan w:val=\"{n}\"/>";
}
