using System.Xml.Linq;
using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Readers;
using PerfEval.Model;

namespace PerfEval.Writers.Docx;

/// <summary>What one corrected copy holds.</summary>
public sealed record DocxCorrection(int Changed, int Comments, IReadOnlyList<Finding> Unplaced);

/// <summary>
/// Writes the submitter's own .docx back with every correction as a Word
/// tracked change (author perfeval) and every finding as a comment on its
/// cell, so the unit can accept or reject each one. Only word/document.xml,
/// the comments part, the document's relationships and [Content_Types].xml
/// are rewritten; every other part is copied unchanged. The input is opened
/// for reading only, and the copy appears under its name only when complete.
/// </summary>
public sealed class DocxCorrector
{
    public const string Author = "perfeval";

    const string CommentsRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    const string StrictCommentsRelType = "http://purl.oclc.org/ooxml/officeDocument/relationships/comments";

    readonly DateTime _date;
    readonly ReaderLimits _limits;

    /// <param name="date">The date on every change and comment; now when null.</param>
    public DocxCorrector(DateTime? date = null, ReaderLimits? limits = null)
    {
        _date = date ?? DateTime.UtcNow;
        _limits = limits ?? ReaderLimits.Default;
    }

    /// <summary>
    /// Writes the corrected copy of <paramref name="inputPath"/> to <paramref name="output"/>
    /// from the result the checker produced for that same file. Where the bytes go, and
    /// that they never go over the input, is the caller's (the CLI's OutputFile).
    /// </summary>
    /// <exception cref="InvalidDataException">The document cannot be taken apart.</exception>
    public DocxCorrection Write(string inputPath, FileResult result, Stream output)
    {
        try
        {
            using var package = OfficePackage.Open(Path.GetFullPath(inputPath), OfficeKind.Word, _limits);
            var edit = Edit(package, result);
            DocxPackage.WriteCopy(package, output, edit.Parts, new DateTimeOffset(_date.ToUniversalTime()));
            return new DocxCorrection(edit.Changed, edit.Comments, edit.Unplaced);
        }
        catch (UnreadableFileException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    sealed record Edited(Dictionary<string, byte[]> Parts, int Changed, int Comments, List<Finding> Unplaced);

    Edited Edit(OfficePackage package, FileResult result)
    {
        var main = package.MainPart;
        // The reader locates every cell it reads; the corrections go to exactly those elements.
        var grids = WordDocumentParser.Parse(package, _limits, locate: true);
        var doc = package.Load(main);
        var names = new WordNames(doc.Root!.Name.Namespace);

        var relsName = OfficePackage.RelsOf(main);
        var existing = package.Relationships(main)
            .FirstOrDefault(r => r.Type.EndsWith("/relationships/comments", StringComparison.Ordinal) && package.Has(r.Target));
        var commentsName = existing.Target;
        var comments = commentsName is not null
            ? CommentsPart.Extend(package.Load(commentsName), names)
            : CommentsPart.Create(names);

        var revisions = new Revisions(Author, _date, Revisions.FirstFreeId(doc, commentsName is null ? null : comments.Document));
        var cells = new LocatedCells(grids, doc, names);
        var editor = new TrackedChanges(names, revisions);
        var corrected = new HashSet<XElement>();
        var unplaced = new List<Finding>();
        int changed = 0;

        foreach (var form in result.Forms)
        {
            var plan = FormCorrections.Plan(form);
            unplaced.AddRange(plan.Unplaced);
            foreach (var cell in plan.Cells)
            {
                var content = cell.Cell.IsSheet ? null : cells.Find(GridName(form.Form.Location, cell.Cell), cell.Cell.Row, cell.Cell.Col);
                if (content is null)
                {
                    unplaced.AddRange(cell.Findings);
                    continue;
                }
                CellChange? change = null;
                if (cell.Value is not null && corrected.Add(content.Tc))
                {
                    change = editor.Replace(content, cell.Value, cell.IsRate);
                    if (change is not null) changed++;
                }
                var id = revisions.NextId();
                editor.Comment(content, id);
                comments.Add(id, revisions, CommentLines(cell, change));
            }
        }

        var parts = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        if (comments.Added == 0) return new Edited(parts, changed, 0, unplaced);

        parts[main] = DocxPackage.Serialize(doc);
        if (commentsName is null)
        {
            var folder = OfficePackage.FolderOf(main);
            commentsName = DocxPackage.FreeName(package, folder, "comments", ".xml");
            var rels = package.Has(relsName) ? package.Load(relsName) : DocxPackage.NewRelationships();
            DocxPackage.AddRelationship(rels, names.IsStrict ? StrictCommentsRelType : CommentsRelType, commentsName[folder.Length..]);
            parts[relsName] = DocxPackage.Serialize(rels);
        }
        parts[commentsName] = DocxPackage.Serialize(comments.Document);
        var types = package.Load(DocxPackage.ContentTypesPart);
        if (DocxPackage.DeclareContentType(types, commentsName, CommentsPart.ContentType))
            parts[DocxPackage.ContentTypesPart] = DocxPackage.Serialize(types);
        return new Edited(parts, changed, comments.Added, unplaced);
    }

    /// <summary>
    /// The grid a finding's cell belongs to. Nested tables share their parent's
    /// number in a CellRef; a form read from one carries the nested name (表1-2)
    /// as its location.
    /// </summary>
    static string GridName(string location, CellRef cell)
    {
        var top = "表" + cell.Table.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return location.StartsWith(top + "-", StringComparison.Ordinal) ? location : top;
    }

    static IEnumerable<string> CommentLines(CellCorrection cell, CellChange? change)
    {
        foreach (var f in cell.Findings)
            yield return $"{f.Rule}（{f.Severity.Chinese()}）：{f.Message}";
        if (cell.Note is not null)
            yield return cell.Note;
        if (change is not null)
            yield return change.Old.Length == 0
                ? $"perfeval 已填入“{change.New}”（修订，可接受或拒绝）"
                : $"perfeval 已将“{change.Old}”改为“{change.New}”（修订，可接受或拒绝）";
    }

}
