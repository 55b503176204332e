using System.Globalization;
using System.Xml.Linq;

namespace PerfEval.Writers.Docx;

/// <summary>What a tracked change did to a cell: the text it deleted and the text it inserted.</summary>
internal sealed record CellChange(string Old, string New);

/// <summary>
/// Writes a correction into one cell as a tracked change — the old number
/// deleted, the new one inserted in the old run's formatting — and anchors a
/// comment on the cell.
/// </summary>
internal sealed class TrackedChanges
{
    readonly WordNames n;
    readonly Revisions rev;
    readonly RunSplitter runs;

    public TrackedChanges(WordNames names, Revisions revisions)
    {
        n = names;
        rev = revisions;
        runs = new RunSplitter(names);
    }

    /// <summary>
    /// Replaces the cell's number with <paramref name="value"/> (see <see cref="CellContent.Target"/>).
    /// Returns null when the cell already says so, or its text cannot be marked.
    /// </summary>
    public CellChange? Replace(CellContent c, string value, bool isRate)
    {
        var text = c.Text;
        var (s, e, newToken) = c.Target(value, isRate);
        if (text[s..e] == newToken) return null;

        if (s == e)
        {
            var p = c.FirstParagraph();
            var mark = p.Elements().FirstOrDefault(x => n.Is(x, "pPr"))?.Elements().FirstOrDefault(x => n.Is(x, "rPr"));
            var ins = rev.Mark(n, "ins");
            ins.Add(runs.NewRun(mark, newToken));
            p.Add(ins);
            return new CellChange("", newToken);
        }

        var covered = c.Pieces.Where(p => p.Start < e && p.End > s).ToList();
        if (covered.Count == 0 || covered.Any(p => p.Run is null)) return null;
        var marked = covered.Select(p => p.Run!).Distinct().ToList();
        int RunStart(XElement r) => c.Pieces.Where(p => p.Run == r).Min(p => p.Start);
        int RunEnd(XElement r) => c.Pieces.Where(p => p.Run == r).Max(p => p.End);

        // Edge runs that hold more than the number are split when they are one plain text run;
        // otherwise the whole run is replaced, its other text re-inserted around the new number.
        int from = s, to = e;
        var first = marked[0];
        var last = marked[^1];
        int firstStart = RunStart(first), lastEnd = RunEnd(last);
        if (first == last && (firstStart < s || lastEnd > e) && runs.IsPlain(first))
            marked[0] = runs.Split(first, s - firstStart, e - firstStart);
        else
        {
            if (firstStart < s)
            {
                if (runs.IsPlain(first)) marked[0] = runs.Split(first, s - firstStart, RunEnd(first) - firstStart);
                else from = firstStart;
            }
            if (lastEnd > e)
            {
                if (runs.IsPlain(last)) marked[^1] = runs.Split(last, 0, e - RunStart(last));
                else to = lastEnd;
            }
        }
        var inserted = text[from..s] + newToken + text[e..to];
        var format = marked[0].Elements().FirstOrDefault(x => n.Is(x, "rPr"));
        var newRun = runs.NewRun(format, inserted);

        XElement? lastDel = null;
        foreach (var group in RunSplitter.Consecutive(marked))
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
    public void Comment(CellContent c, int id)
    {
        var first = c.FirstParagraph();
        var last = c.LastParagraph();
        var idText = id.ToString(CultureInfo.InvariantCulture);
        var start = new XElement(n["commentRangeStart"], new XAttribute(n["id"], idText));
        var pPr = first.Elements().FirstOrDefault(x => n.Is(x, "pPr"));
        if (pPr is not null) pPr.AddAfterSelf(start);
        else first.AddFirst(start);
        last.Add(new XElement(n["commentRangeEnd"], new XAttribute(n["id"], idText)));
        last.Add(new XElement(n["r"], new XElement(n["commentReference"], new XAttribute(n["id"], idText))));
    }
}
