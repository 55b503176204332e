using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PerfEval.Writers.Docx;

/// <summary>What a tracked change did to a cell: the text it deleted and the text it inserted.</summary>
internal sealed record CellChange(string Old, string New);

/// <summary>
/// Marks a correction inside one w:tc as a tracked change (the old number
/// deleted, the new one inserted, in the old run's formatting) and anchors a
/// comment on the cell. The cell's text is read the way the Word reader reads
/// it (deleted text and field codes left out), so the number that is replaced
/// is the one the checker saw.
/// </summary>
internal sealed class CellEditor
{
    // The first number of the cell, with a percent sign that follows it.
    static readonly Regex Number = new(@"[-−－]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?(?<pct>\s*[%％])?", RegexOptions.CultureInvariant);

    static readonly HashSet<string> RevisionMarks = new(StringComparer.Ordinal) { "ins", "del", "moveFrom", "moveTo", "rPrChange" };

    readonly WordNames n;
    readonly Revisions rev;

    public CellEditor(WordNames names, Revisions revisions)
    {
        n = names;
        rev = revisions;
    }

    /// <summary>One stretch of visible text and the run it belongs to (null for text outside any run).</summary>
    sealed record Piece(XElement? Run, int Start, int Length)
    {
        public int End => Start + Length;
    }

    sealed class Content
    {
        public readonly List<XElement> Paragraphs = new();
        public readonly StringBuilder Text = new();
        public readonly List<Piece> Pieces = new();
        // Complex fields: false while in the field code, true once past "separate".
        public readonly List<bool> Fields = new();
        public int CodeDepth;

        public void Add(XElement? run, string text)
        {
            if (CodeDepth > 0 || text.Length == 0) return;
            Pieces.Add(new Piece(run, Text.Length, text.Length));
            Text.Append(text);
        }
    }

    /// <summary>The cell's visible text, as the reader assembles it.</summary>
    public string Text(XElement tc) => Read(tc).Text.ToString();

    /// <summary>
    /// Replaces the cell's first number with <paramref name="value"/> (a rate keeps
    /// or gains its % sign); a cell with no number gets its whole text replaced.
    /// Returns null when the cell already says so, or its text cannot be marked.
    /// </summary>
    public CellChange? Replace(XElement tc, string value, bool isRate)
    {
        var c = Read(tc);
        var text = c.Text.ToString();
        int s, e;
        string newToken;
        var m = Number.Match(text);
        if (m.Success)
        {
            s = m.Index;
            e = m.Index + m.Length;
            var pct = m.Groups["pct"];
            newToken = value + (pct.Success ? pct.Value.Trim() : isRate ? "%" : "");
        }
        else
        {
            s = 0;
            while (s < text.Length && char.IsWhiteSpace(text[s])) s++;
            e = text.Length;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            newToken = value + (isRate ? "%" : "");
        }
        var oldToken = text[s..e];
        if (oldToken == newToken) return null;

        if (s == e)
        {
            var p = c.Paragraphs.Count > 0 ? c.Paragraphs[0] : AddParagraph(tc);
            var mark = p.Elements().FirstOrDefault(x => n.Is(x, "pPr"))?.Elements().FirstOrDefault(x => n.Is(x, "rPr"));
            var ins = rev.Mark(n, "ins");
            ins.Add(NewRun(mark, newToken));
            p.Add(ins);
            return new CellChange("", newToken);
        }

        var covered = c.Pieces.Where(p => p.Start < e && p.End > s).ToList();
        if (covered.Count == 0 || covered.Any(p => p.Run is null)) return null;
        var runs = covered.Select(p => p.Run!).Distinct().ToList();
        int RunStart(XElement r) => c.Pieces.Where(p => p.Run == r).Min(p => p.Start);
        int RunEnd(XElement r) => c.Pieces.Where(p => p.Run == r).Max(p => p.End);

        // Edge runs that hold more than the number are split when they are one plain text run;
        // otherwise the whole run is replaced, its other text re-inserted around the new number.
        int from = s, to = e;
        var first = runs[0];
        var last = runs[^1];
        int firstStart = RunStart(first), lastEnd = RunEnd(last);
        if (first == last && (firstStart < s || lastEnd > e) && IsPlain(first))
            runs[0] = Split(first, s - firstStart, e - firstStart);
        else
        {
            if (firstStart < s)
            {
                if (IsPlain(first)) runs[0] = Split(first, s - firstStart, RunEnd(first) - firstStart);
                else from = firstStart;
            }
            if (lastEnd > e)
            {
                if (IsPlain(last)) runs[^1] = Split(last, 0, e - RunStart(last));
                else to = lastEnd;
            }
        }
        var inserted = text[from..s] + newToken + text[e..to];
        var format = runs[0].Elements().FirstOrDefault(x => n.Is(x, "rPr"));
        var newRun = NewRun(format, inserted);

        XElement? lastDel = null;
        foreach (var group in Consecutive(runs))
        {
            var del = rev.Mark(n, "del");
            group[0].AddBeforeSelf(del);
            foreach (var r in group)
            {
                r.Remove();
                foreach (var d in r.Descendants().ToList())
                {
                    if (n.Is(d, "t")) d.Name = n["delText"];
                    else if (n.Is(d, "instrText")) d.Name = n["delInstrText"];
                }
                del.Add(r);
            }
            lastDel = del;
        }
        var insert = rev.Mark(n, "ins");
        insert.Add(newRun);
        lastDel!.AddAfterSelf(insert);
        return new CellChange(text[from..to], inserted);
    }

    /// <summary>Anchors comment <paramref name="id"/> on the whole cell: range start, range end and the reference mark.</summary>
    public void Comment(XElement tc, int id)
    {
        var c = Read(tc);
        var first = c.Paragraphs.Count > 0 ? c.Paragraphs[0] : AddParagraph(tc);
        var last = c.Paragraphs.Count > 0 ? c.Paragraphs[^1] : first;
        var idText = id.ToString(CultureInfo.InvariantCulture);
        var start = new XElement(n["commentRangeStart"], new XAttribute(n["id"], idText));
        var pPr = first.Elements().FirstOrDefault(x => n.Is(x, "pPr"));
        if (pPr is not null) pPr.AddAfterSelf(start);
        else first.AddFirst(start);
        last.Add(new XElement(n["commentRangeEnd"], new XAttribute(n["id"], idText)));
        last.Add(new XElement(n["r"], new XElement(n["commentReference"], new XAttribute(n["id"], idText))));
    }

    Content Read(XElement tc)
    {
        var c = new Content();
        CollectParagraphs(tc, c.Paragraphs);
        for (int i = 0; i < c.Paragraphs.Count; i++)
        {
            // The reader joins paragraphs with a line break; it belongs to no run.
            if (i > 0) c.Text.Append('\n');
            Inline(c.Paragraphs[i], null, c);
        }
        return c;
    }

    void CollectParagraphs(XElement container, List<XElement> into)
    {
        foreach (var child in container.Elements())
        {
            if (n.Is(child, "p")) into.Add(child);
            else if (n.IsWrapper(child)) CollectParagraphs(child, into);
        }
    }

    void Inline(XElement parent, XElement? run, Content c)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.Namespace != n.W)
            {
                if (n.IsWrapper(child)) Inline(child, run, c);
                continue;
            }
            switch (child.Name.LocalName)
            {
                case "r": Inline(child, child, c); break;
                case "t": c.Add(run, child.Value); break;
                case "fldChar": Field(n.Val(child, "fldCharType"), c); break;
                case "tab" or "ptab": c.Add(run, "\t"); break;
                case "br" or "cr": c.Add(run, "\n"); break;
                case "noBreakHyphen": c.Add(run, "-"); break;
                default:
                    if (n.IsWrapper(child)) Inline(child, run, c);
                    break;
            }
        }
    }

    static void Field(string? type, Content c)
    {
        switch (type)
        {
            case "begin":
                c.Fields.Add(false);
                c.CodeDepth++;
                break;
            case "separate" when c.Fields.Count > 0 && !c.Fields[^1]:
                c.Fields[^1] = true;
                c.CodeDepth--;
                break;
            case "end" when c.Fields.Count > 0:
                if (!c.Fields[^1]) c.CodeDepth--;
                c.Fields.RemoveAt(c.Fields.Count - 1);
                break;
        }
    }

    /// <summary>A run holding formatting and one w:t only, which can be cut at any character.</summary>
    bool IsPlain(XElement run)
    {
        var content = run.Elements().Where(x => !n.Is(x, "rPr")).ToList();
        return content.Count == 1 && n.Is(content[0], "t");
    }

    /// <summary>Cuts a plain run into up to three copies around [from, to) and returns the middle one.</summary>
    XElement Split(XElement run, int from, int to)
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
    static IEnumerable<List<XElement>> Consecutive(List<XElement> runs)
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

    XElement NewRun(XElement? format, string text)
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

    XElement AddParagraph(XElement tc)
    {
        var p = new XElement(n["p"]);
        tc.Add(p);
        return p;
    }
}
