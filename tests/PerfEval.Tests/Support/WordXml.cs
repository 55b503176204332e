using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Tests.Support;

/// <summary>Hand-written WordprocessingML for tests: a body built from these strings, as a submitter's Word saves it.</summary>
public static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Tc(string inner, string props = "") => $"<w:tc>{(props.Length > 0 ? "<w:tcPr>" + props + "</w:tcPr>" : "")}{inner}</w:tc>";
    public static string P(string runs) => $"<w:p>{runs}</w:p>";
    public static string R(string text, string rPr = "") => $"<w:r>{(rPr.Length > 0 ? "<w:rPr>" + rPr + "</w:rPr>" : "")}<w:t xml:space=\"preserve\">{text}</w:t></w:r>";
    public static string Table(params string[] rows) => "<w:tbl>" + string.Concat(rows) + "</w:tbl>";
    public static string Tr(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";
    public static string TblGrid(int columns) => "<w:tblGrid>" + string.Concat(Enumerable.Repeat("<w:gridCol/>", columns)) + "</w:tblGrid>";
    public static string Sdt(string inner) => $"<w:sdt><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>";

    /// <summary>Writes a .docx whose body is <paramref name="body"/>; <paramref name="more"/> adds parts.</summary>
    public static string Write(string path, string body, Action<MainDocumentPart>? more = null)
    {
        using var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document($"<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>");
        more?.Invoke(main);
        main.Document.Save();
        return path;
    }
}
