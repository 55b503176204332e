using System.Globalization;
using System.Xml.Linq;

namespace PerfEval.Writers.Docx;

/// <summary>Who marks the changes and when, and the ids that make each w:ins, w:del and comment unique.</summary>
internal sealed class Revisions
{
    int _next;

    public Revisions(string author, DateTime date, int firstId)
    {
        Author = author;
        Date = date.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture);
        _next = firstId;
    }

    public string Author { get; }
    /// <summary>W3C date-time, as w:date wants it.</summary>
    public string Date { get; }

    public int NextId() => _next++;

    /// <summary>A w:ins or w:del by perfeval, with a fresh id.</summary>
    public XElement Mark(WordNames n, string local) => new(n[local],
        new XAttribute(n["id"], NextId().ToString(CultureInfo.InvariantCulture)),
        new XAttribute(n["author"], Author),
        new XAttribute(n["date"], Date));

    /// <summary>The first id above every w:id already in the given parts, so ours never collide.</summary>
    public static int FirstFreeId(params XDocument?[] parts)
    {
        int max = -1;
        foreach (var part in parts)
        {
            if (part?.Root is null) continue;
            foreach (var a in part.Root.DescendantsAndSelf().Attributes())
            {
                if (a.Name.LocalName != "id" || a.Name.Namespace == XNamespace.None) continue;
                if (int.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v > max && v < int.MaxValue / 2)
                    max = v;
            }
        }
        return max + 1;
    }
}
