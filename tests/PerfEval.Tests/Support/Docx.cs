using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Tests.Support;

/// <summary>Small helpers for writing real .docx files in tests.</summary>
public static class Docx
{
    public static void Write(string path, Action<Body> fill)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body());
        fill(main.Document.Body!);
        main.Document.Save();
    }

    public static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Table Table(IEnumerable<IEnumerable<string>> rows)
    {
        var table = new Table();
        foreach (var row in rows)
        {
            var tr = new TableRow();
            foreach (var cell in row) tr.AppendChild(new TableCell(Paragraph(cell)));
            table.AppendChild(tr);
        }
        return table;
    }
}
