using System.Text;
using System.Xml.Linq;

namespace PerfEval.Writers.Docx;

/// <summary>Cutting, grouping and making w:r runs, so a change covers exactly the characters it replaces.</summary>
internal sealed class RunSplitter
{
    static readonly HashSet<string> RevisionMarks = new(StringComparer.Ordinal) { "ins", "del", "moveFrom", "moveTo", "rPrChange" };

    readonly WordNames n;

    public RunSplitter(WordNames names) => n = names;

    /// <summary>A run holding formatting and one w:t only, which can be cut at any character.</summary>
    public bool IsPlain(XElement run)
    {
        var content = run.Elements().Where(x => !n.Is(x, "rPr")).ToList();
        return content.Count == 1 && n.Is(content[0], "t");
    }

    /// <summary>Cuts a plain run into up to three copies around [from, to) and returns the middle one.</summary>
    public XElement Split(XElement run, int from, int to)
    {
        var text = run.Elements().Single(x => n.Is(x, "t")).Value;
        XElement Copy(string part)
        {
            var copy = new XElement(run);
            var t = copy.Elements().Single(x => n.Is(x, "t"));
            t.Value = part;
            t.SetAttributeValue(XNamespace.Xml + "space", "preserve");
            return copy;
        }
        var middle = Copy(text[from..to]);
        var parts = new List<XElement>();
        if (from > 0) parts.Add(Copy(text[..from]));
        parts.Add(middle);
        if (to < text.Length) parts.Add(Copy(text[to..]));
        run.ReplaceWith(parts);
        return middle;
    }

    /// <summary>Runs that follow each other under one parent share a w:del.</summary>
    public static IEnumerable<List<XElement>> Consecutive(List<XElement> runs)
    {
        var group = new List<XElement>();
        foreach (var r in runs)
        {
            if (group.Count > 0 && group[^1].ElementsAfterSelf().FirstOrDefault() != r)
            {
                yield return group;
                group = new List<XElement>();
            }
            group.Add(r);
        }
        if (group.Count > 0) yield return group;
    }

    /// <summary>A new run with the given formatting (revision marks dropped) holding text, tabs and breaks.</summary>
    public XElement NewRun(XElement? format, string text)
    {
        var run = new XElement(n["r"]);
        if (format is not null)
        {
            var rPr = new XElement(n["rPr"], format.Attributes(),
                format.Elements().Where(x => !(x.Name.Namespace == n.W && RevisionMarks.Contains(x.Name.LocalName))).Select(x => new XElement(x)));
            if (rPr.HasElements) run.Add(rPr);
        }
        var part = new StringBuilder();
        void Flush()
        {
            if (part.Length == 0) return;
            run.Add(new XElement(n["t"], new XAttribute(XNamespace.Xml + "space", "preserve"), part.ToString()));
            part.Clear();
        }
        foreach (var ch in text)
        {
            if (ch is '\t' or '\n')
            {
                Flush();
                run.Add(new XElement(n[ch == '\t' ? "tab" : "br"]));
            }
            else part.Append(ch);
        }
        Flush();
        return run;
    }
}
