using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Grid;

namespace PerfEval.Tests.DocxFix;

/// <summary>
/// Test-side view of a .docx through the OpenXML SDK, independent of the
/// corrector's own XML walking: cells by address, revisions and comments in
/// a cell, and copies with every change accepted or rejected.
/// </summary>
public static class WordCells
{
    /// <summary>The w:tc that starts at a grid position of a top-level table (no gridBefore, no tracked row deletions).</summary>
    public static TableCell At(Body body, CellRef at)
    {
        var table = body.Elements<Table>().ElementAt(at.Table - 1);
        var row = table.Elements<TableRow>().ElementAt(at.Row - 1);
        int col = 1;
        foreach (var tc in row.Elements<TableCell>())
        {
            int span = tc.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            if (at.Col >= col && at.Col < col + span) return tc;
            col += span;
        }
        throw new InvalidOperationException($"no cell at {at}");
    }

    public static string Deleted(OpenXmlElement cell) =>
        string.Concat(cell.Descendants<DeletedRun>().SelectMany(d => d.Descendants<DeletedText>()).Select(t => t.Text));

    public static string Inserted(OpenXmlElement cell) =>
        string.Concat(cell.Descendants<InsertedRun>().SelectMany(i => i.Descendants<Text>()).Select(t => t.Text));

    /// <summary>The text of every comment anchored in the cell.</summary>
    public static List<string> Comments(WordprocessingDocument doc, OpenXmlElement cell)
    {
        var part = doc.MainDocumentPart!.WordprocessingCommentsPart;
        if (part is null) return new List<string>();
        var ids = cell.Descendants<CommentRangeStart>().Select(c => c.Id!.Value).ToHashSet();
        return part.Comments.Elements<Comment>().Where(c => ids.Contains(c.Id!.Value)).Select(c => c.InnerText).ToList();
    }

    /// <summary>Copies a document with every tracked change accepted, as Word's "Accept All" does for insertions and deletions.</summary>
    public static void Accept(string from, string to)
    {
        File.Copy(from, to, overwrite: true);
        using var doc = WordprocessingDocument.Open(to, true);
        var body = doc.MainDocumentPart!.Document.Body!;
        foreach (var d in body.Descendants<DeletedRun>().ToList()) d.Remove();
        foreach (var i in body.Descendants<InsertedRun>().ToList()) Unwrap(i);
        doc.MainDocumentPart.Document.Save();
    }

    /// <summary>Copies a document with every change rejected and every comment mark removed.</summary>
    public static void Reject(string from, string to)
    {
        File.Copy(from, to, overwrite: true);
        using var doc = WordprocessingDocument.Open(to, true);
        var body = doc.MainDocumentPart!.Document.Body!;
        foreach (var i in body.Descendants<InsertedRun>().ToList()) i.Remove();
        foreach (var t in body.Descendants<DeletedText>().ToList())
            t.Parent!.ReplaceChild(new Text(t.Text) { Space = t.Space }, t);
        foreach (var d in body.Descendants<DeletedRun>().ToList()) Unwrap(d);
        foreach (var e in body.Descendants<CommentRangeStart>().Cast<OpenXmlElement>()
                     .Concat(body.Descendants<CommentRangeEnd>())
                     .Concat(body.Descendants<CommentReference>().Select(r => r.Parent!)).ToList())
            e.Remove();
        doc.MainDocumentPart.Document.Save();
    }

    static void Unwrap(OpenXmlElement e)
    {
        foreach (var child in e.ChildElements.ToList())
        {
            child.Remove();
            e.InsertBeforeSelf(child);
        }
        e.Remove();
    }

    /// <summary>Every zip entry's name and uncompressed bytes, in order.</summary>
    public static List<(string Name, byte[] Bytes)> Entries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e =>
        {
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            return (e.FullName, ms.ToArray());
        }).ToList();
    }
}
