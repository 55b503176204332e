using System.Text;
using PerfEval.Findings;
using PerfEval.Grid;

namespace PerfEval.Writers.Html;

/// <summary>
/// One row of a form as drawn: its cells, then a margin cell holding the notes
/// of every finding a cell of this row took.
/// </summary>
public sealed class PaperRow
{
    readonly Marks _marks;
    readonly StringBuilder _cells = new();
    readonly List<Mark> _notes = new();
    readonly string _class;

    public PaperRow(Marks marks, string cssClass = "")
    {
        _marks = marks;
        _class = cssClass;
    }

    /// <summary>A printed label of the form (项目名称, 年初预算数…).</summary>
    public PaperRow Label(string text, int colspan = 1, int rowspan = 1, CellRef? at = null, string cssClass = "lbl") =>
        Place(Html.E(text), _marks.Take(at), colspan, rowspan, cssClass);

    /// <summary>A label that also stands for several source cells (a merged 一级 cell over its rows).</summary>
    public PaperRow Label(string text, IEnumerable<CellRef?> at, int colspan = 1, int rowspan = 1, string cssClass = "lbl") =>
        Place(Html.E(text), at.SelectMany(_marks.Take).ToList(), colspan, rowspan, cssClass);

    /// <summary>Text as filled in (names, goals, reasons); line breaks are kept by the stylesheet.</summary>
    public PaperRow Text(string? text, CellRef? at, int colspan = 1, int rowspan = 1, string cssClass = "txt") =>
        Place(Html.E(text?.Trim()), _marks.Take(at), colspan, rowspan, cssClass);

    /// <summary>
    /// A stated number; when a finding on it carries the value it should have,
    /// both are shown: 0.26 → 12.5.
    /// </summary>
    public PaperRow Number(string stated, decimal? statedValue, CellRef? at, string suffix = "", decimal? shouldBe = null, int colspan = 1)
    {
        var marks = _marks.Take(at);
        var expected = shouldBe ?? marks.Select(m => m.Finding.Expected).FirstOrDefault(e => e is not null);
        string body = Html.E(stated);
        if (marks.Count > 0 && expected is { } e && e != statedValue)
        {
            var was = stated.Length == 0 ? "<span class=\"blank\">空</span>" : body;
            body = $"<span class=\"was\">{was}</span><span class=\"to\" aria-label=\"应为\">→</span><span class=\"now\">{Html.N(e)}{Html.E(suffix)}</span>";
        }
        return Place(body, marks, colspan, 1, "num");
    }

    PaperRow Place(string body, IReadOnlyList<Mark> marks, int colspan, int rowspan, string cssClass)
    {
        var cls = cssClass;
        string title = "";
        string sup = "";
        if (marks.Count > 0)
        {
            cls += " flag " + Html.Sev(marks.Max(m => m.Finding.Severity));
            // data-cell names the source cell, so a reader (or a script) can go back to the file.
            title = $" data-cell=\"{Html.E(marks[0].Finding.Cell?.ToString())}\" title=\"{Html.E(string.Join("\n", marks.Select(Tooltip)))}\"";
            sup = string.Concat(marks.Select(m => $"<sup class=\"mk {Html.Sev(m.Finding.Severity)}\">{m.Number}</sup>"));
            _notes.AddRange(marks);
        }
        _cells.Append("<td");
        if (colspan > 1) _cells.Append(" colspan=\"").Append(colspan).Append('"');
        if (rowspan > 1) _cells.Append(" rowspan=\"").Append(rowspan).Append('"');
        _cells.Append(" class=\"").Append(cls.Trim()).Append('"').Append(title).Append('>');
        _cells.Append(body).Append(sup).Append("</td>");
        return this;
    }

    static string Tooltip(Mark m) => $"{m.Finding.Rule}（{m.Finding.Severity.Chinese()}）：{m.Finding.Message}";

    public void WriteTo(TextWriter w)
    {
        w.Write(_class.Length > 0 ? $"<tr class=\"{_class}\">" : "<tr>");
        w.Write(_cells.ToString());
        w.Write("<td class=\"notes\">");
        if (_notes.Count > 0) WriteNotes(w, _notes.OrderBy(m => m.Number));
        w.Write("</td></tr>\n");
    }

    /// <summary>
    /// The list of notes used in the margin and under a form. The printed copy
    /// (notes move under the table on paper) carries no data attributes, so
    /// each finding is counted once.
    /// </summary>
    public static void WriteNotes(TextWriter w, IEnumerable<Mark> marks, bool printCopy = false)
    {
        w.Write("<ol class=\"findings\">");
        foreach (var m in marks)
        {
            var f = m.Finding;
            w.Write(printCopy
                ? $"<li class=\"{Html.Sev(f.Severity)}\">"
                : $"<li class=\"{Html.Sev(f.Severity)}\" data-rule=\"{Html.E(f.Rule)}\" data-severity=\"{f.Severity.Name()}\">");
            w.Write($"<span class=\"mk {Html.Sev(f.Severity)}\">{m.Number}</span>");
            w.Write($"<a class=\"code\" href=\"#{Html.RuleAnchor(f.Rule)}\">{Html.E(f.Rule)}</a> ");
            w.Write($"<span class=\"msg\">{Html.E(f.Message)}</span></li>");
        }
        w.Write("</ol>");
    }
}
