using System.Globalization;
using System.Xml.Linq;

namespace PerfEval.Writers.Docx;

/// <summary>word/comments.xml: the document's own comments part extended, or a new one.</summary>
internal sealed class CommentsPart
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

    readonly WordNames n;

    CommentsPart(XDocument doc, WordNames names)
    {
        Document = doc;
        n = names;
    }

    public XDocument Document { get; }
    public int Added { get; private set; }

    public static CommentsPart Extend(XDocument existing, WordNames names) => new(existing, names);

    public static CommentsPart Create(WordNames names) => new(
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement(names["comments"], new XAttribute(XNamespace.Xmlns + "w", names.W.NamespaceName))),
        names);

    /// <summary>One comment, one paragraph per line; the first starts with the annotation mark Word puts there.</summary>
    public void Add(int id, Revisions rev, IEnumerable<string> lines)
    {
        var comment = new XElement(n["comment"],
            new XAttribute(n["id"], id.ToString(CultureInfo.InvariantCulture)),
            new XAttribute(n["author"], rev.Author),
            new XAttribute(n["date"], rev.Date),
            new XAttribute(n["initials"], "PE"));
        bool first = true;
        foreach (var line in lines)
        {
            var p = new XElement(n["p"]);
            if (first) p.Add(new XElement(n["r"], new XElement(n["annotationRef"])));
            p.Add(new XElement(n["r"], new XElement(n["t"], new XAttribute(XNamespace.Xml + "space", "preserve"), line)));
            comment.Add(p);
            first = false;
        }
        if (first) comment.Add(new XElement(n["p"]));
        Document.Root!.Add(comment);
        Added++;
    }
}
