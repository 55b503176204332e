using System.Globalization;
using System.Text;
using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Writers.Html;

/// <summary>
/// `check --format html`: one self-contained page (inline CSS, inline SVG, a
/// small optional script) with an overview of the run and every form drawn
/// like the paper form. The overview comes first but needs the totals, so
/// forms are rendered as they arrive into a temporary file and copied in at
/// the end; only one short summary line per form stays in memory.
/// </summary>
public sealed class HtmlReport : IReportWriter
{
    public const string DocumentTitle = "项目支出绩效自评表核查报告";

    static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>A form's line of the table, its cells (FormFields.Html) computed as it arrives.</summary>
    sealed record FormLine(string Anchor, string File, string Grade, int Errors, int Warnings, int Infos, FieldValue[] Cells);

    readonly Stream _output;
    readonly DateTimeOffset _generated;
    readonly Stream _bufferFile;
    readonly StreamWriter _buffer;
    readonly List<FormLine> _lines = new();
    readonly List<(string Path, Finding Finding)> _fileProblems = new();
    readonly Dictionary<string, (int Count, Severity Severity)> _byRule = new(StringComparer.Ordinal);
    readonly RunTotals _totals = new();
    readonly IReadOnlyList<FormField> _fields;
    int _fileNumber;

    /// <param name="buffer">
    /// Where forms wait until the overview is written: a readable, writable, seekable scratch stream the
    /// report owns. The CLI gives a private file in the output's folder (TempFiles.OpenScratch); without
    /// one, a private file in the system temp folder, deleted on close.
    /// </param>
    public HtmlReport(Stream output, DateTimeOffset? generated = null, Stream? buffer = null)
        : this(output, FormFields.Html, generated, buffer) { }

    /// <summary>The report with another layout of its table's fields (FormFieldsTests adds a column this way).</summary>
    public HtmlReport(Stream output, IReadOnlyList<FormField> fields, DateTimeOffset? generated = null, Stream? buffer = null)
    {
        _fields = fields;
        _output = output;
        _generated = generated ?? DateTimeOffset.Now;
        _bufferFile = buffer ?? DefaultBuffer();
        _buffer = new StreamWriter(_bufferFile, Utf8, 1 << 16, leaveOpen: true);
    }

    static FileStream DefaultBuffer()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None,
            BufferSize = 1 << 16, Options = FileOptions.DeleteOnClose,
        };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new FileStream(Path.Combine(Path.GetTempPath(), $"perfeval-html-{Guid.NewGuid():N}.tmp"), options);
    }

    public void Write(FileResult file)
    {
        _totals.Add(file);
        _fileNumber++;
        foreach (var f in file.AllFindings) Count(f);
        foreach (var f in file.Findings) _fileProblems.Add((file.Path, f));
        foreach (var r in file.Forms)
        {
            var anchor = $"f{_fileNumber}-{r.Form.Index}";
            FormView.Write(_buffer, r, anchor, file.Path);
            var row = new FormRow(file.Path, r, _lines.Count + 1);
            _lines.Add(new FormLine(anchor, file.Path, r.Score.Grade ?? FormFields.Ungraded,
                r.Findings.Count(f => f.Severity == Severity.Error),
                r.Findings.Count(f => f.Severity == Severity.Warning),
                r.Findings.Count(f => f.Severity == Severity.Info),
                _fields.Select(f => f.Value(row)).ToArray()));
        }
    }

    void Count(Finding f)
    {
        _byRule.TryGetValue(f.Rule, out var seen);
        _byRule[f.Rule] = (seen.Count + 1, seen.Count == 0 || f.Severity > seen.Severity ? f.Severity : seen.Severity);
    }

    public void Finish(TimeSpan elapsed)
    {
        _buffer.Flush();
        using var w = new StreamWriter(_output, Utf8, 1 << 16, leaveOpen: true);
        w.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write("<meta name=\"generator\" content=\"perfeval\">\n");
        w.Write($"<title>{DocumentTitle}</title>\n<style>\n{Styles.Css}</style>\n</head>\n<body>\n");
        Masthead(w, elapsed);
        w.Write("<main>\n");
        Overview(w);
        FileProblems(w);
        FormTable(w);
        w.Write("<div class=\"forms\">\n");
        w.Flush();
        _bufferFile.Position = 0;
        _bufferFile.CopyTo(_output);
        w.Write("</div>\n");
        Rules(w);
        w.Write("</main>\n<footer class=\"foot\">由 perfeval 生成。数字按全国评分规则（财预〔2020〕10号）及所用评分方案重新计算；规则说明见上。</footer>\n");
        w.Write($"<script>\n{Script.Js}</script>\n</body>\n</html>\n");
        w.Flush();
        _output.Flush();
    }

    void Masthead(TextWriter w, TimeSpan elapsed)
    {
        var when = _generated.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        w.Write("<header class=\"masthead\"><div class=\"wrap\">");
        w.Write($"<p class=\"kicker\">perfeval · 项目支出绩效自评</p><h1>{DocumentTitle}</h1>");
        w.Write($"<p class=\"meta\">生成于 {when} · 检查 {_totals.Files} 个文件、{_totals.Forms} 张自评表 · 用时 {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒</p>");
        w.Write("</div></header>\n");
    }

    void Overview(TextWriter w)
    {
        int clean = _lines.Count(l => l.Errors + l.Warnings + l.Infos == 0);
        int withErrors = _lines.Count(l => l.Errors > 0);
        int withWarnings = _lines.Count(l => l.Warnings > 0);
        int badFiles = _fileProblems.Select(p => p.Path).Distinct().Count();
        w.Write("<section class=\"overview\" id=\"overview\"><h2 class=\"sr\">概览</h2><div class=\"cards\">");
        Card(w, "", "文件", _totals.Files, badFiles > 0 ? $"{badFiles} 个无法检查" : "全部已读取");
        Card(w, "", "自评表", _totals.Forms, $"{clean} 张无问题");
        Card(w, Html.Sev(Severity.Error), "错误", _totals.Count(Severity.Error), $"涉及 {withErrors} 张表");
        Card(w, Html.Sev(Severity.Warning), "警告", _totals.Count(Severity.Warning), $"涉及 {withWarnings} 张表");
        Card(w, Html.Sev(Severity.Info), "提示", _totals.Count(Severity.Info), "供参考，不影响得分");
        w.Write("</div>\n<div class=\"charts\">");

        var bars = _byRule
            .Select(kv => new Charts.RuleBar(kv.Key, RuleNotes.Find(kv.Key)?.Title ?? "", kv.Value.Count, kv.Value.Severity))
            .OrderByDescending(b => b.Severity).ThenByDescending(b => b.Count).ThenBy(b => b.Code, StringComparer.Ordinal)
            .ToList();
        w.Write("<figure class=\"panel\"><figcaption><h2>各规则问题数</h2><p>按严重程度、数量排列；点击条形查看规则说明</p></figcaption>");
        w.Write(Charts.FindingsPerRule(bars));
        w.Write("</figure>");

        var grades = Grades.Order.Select(g => (g, _lines.Count(l => l.Grade == g)))
            .Concat(_lines.Select(l => l.Grade).Where(g => !Grades.Order.Contains(g)).Distinct().Select(g => (g, _lines.Count(l => l.Grade == g))))
            .ToList();
        w.Write("<figure class=\"panel\"><figcaption><h2>等级分布</h2><p>按重新计算的总分评定</p></figcaption>");
        w.Write(Charts.GradeDistribution(grades));
        w.Write("</figure></div></section>\n");
    }

    static void Card(TextWriter w, string cls, string label, int value, string sub) =>
        w.Write($"<div class=\"card {cls}\"><p class=\"label\">{label}</p><p class=\"value\">{value}</p><p class=\"sub\">{Html.E(sub)}</p></div>");

    void FileProblems(TextWriter w)
    {
        if (_fileProblems.Count == 0) return;
        w.Write("<section class=\"block\" id=\"files\"><h2>无法检查的文件</h2><table class=\"list\"><thead><tr><th>文件</th><th>规则</th><th>说明</th></tr></thead><tbody>");
        foreach (var (path, f) in _fileProblems)
            w.Write($"<tr class=\"{Html.Sev(f.Severity)}\"><td class=\"path\">{Html.E(path)}</td><td><a class=\"code\" href=\"#{Html.RuleAnchor(f.Rule)}\">{Html.E(f.Rule)}</a></td><td>{Html.E(f.Message)}</td></tr>");
        w.Write("</tbody></table></section>\n");
    }

    void FormTable(TextWriter w)
    {
        w.Write("<section class=\"block\" id=\"forms\"><h2>自评表一览</h2>");
        w.Write("<div class=\"controls\" id=\"table-controls\" hidden>");
        w.Write("<input id=\"q\" type=\"search\" placeholder=\"搜索项目名称、主管部门、文件…\" aria-label=\"搜索\">");
        w.Write("<select id=\"sev\" aria-label=\"问题\"><option value=\"\">全部表</option><option value=\"error\">有错误</option><option value=\"warning\">有错误或警告</option><option value=\"clean\">无问题</option></select>");
        w.Write("<select id=\"grade\" aria-label=\"等级\"><option value=\"\">全部等级</option>");
        foreach (var g in Grades.Order) w.Write($"<option value=\"{g}\">{g}</option>");
        w.Write("</select><span id=\"shown\" class=\"shown\"></span></div>");
        w.Write("<table class=\"list\" id=\"form-table\"><thead><tr>");
        foreach (var field in _fields) w.Write($"<th {HeaderAttributes(field)}>{Html.E(field.Header)}</th>");
        w.Write("</tr></thead><tbody>\n");
        foreach (var l in _lines)
        {
            w.Write($"<tr data-error=\"{l.Errors}\" data-warning=\"{l.Warnings}\" data-info=\"{l.Infos}\" data-grade=\"{Html.E(l.Grade)}\">");
            for (int i = 0; i < _fields.Count; i++) w.Write(Cell(_fields[i], l.Cells[i], l));
            w.Write("</tr>\n");
        }
        w.Write("</tbody></table></section>\n");
    }

    /// <summary>How the table's script sorts a column: numbers by data-v, text as shown.</summary>
    static string HeaderAttributes(FormField field) =>
        field == FormFields.Line ? "data-sort=\"num\" class=\"n\""
        : field == FormFields.Grade || field == FormFields.Findings ? "data-sort=\"num\""
        : field.Kind == FieldKind.Text ? "data-sort=\"text\""
        : "data-sort=\"num\" class=\"num\"";

    static string Cell(FormField field, FieldValue v, FormLine l)
    {
        if (field == FormFields.Line) return $"<td class=\"n\" data-v=\"{Html.N(v.Number ?? 0)}\">{Html.N(v.Number ?? 0)}</td>";
        if (field == FormFields.Project)
        {
            var project = (v.Text ?? "").Trim();
            return $"<td><a href=\"#{l.Anchor}\">{(project.Length > 0 ? Html.E(project) : "（未填项目名称）")}</a></td>";
        }
        if (field == FormFields.Department) return $"<td class=\"dept\">{Html.E((v.Text ?? "").Trim())}</td>";
        if (field == FormFields.Place) return $"<td class=\"where\" title=\"{Html.E(l.File)}\">{Html.E(v.Text)}</td>";
        if (field == FormFields.Difference)
            return v.Number is { } d
                ? $"<td class=\"num diff{(d == 0 ? " zero" : "")}\" data-v=\"{Html.N(d)}\">{Html.Signed(d)}</td>"
                : "<td class=\"num diff\" data-v=\"\">—</td>";
        if (field == FormFields.Grade) return $"<td data-v=\"{Array.IndexOf(Grades.Order, l.Grade)}\">{Grades.Pill(l.Grade)}</td>";
        if (field == FormFields.Findings)
            return $"<td data-v=\"{l.Errors * 1000000 + l.Warnings * 1000 + l.Infos}\">{Counts.Chips(l.Errors, l.Warnings, l.Infos)}</td>";
        return field.Kind switch
        {
            FieldKind.Text => $"<td>{Html.E((v.Text ?? "").Trim())}</td>",
            FieldKind.Output => throw new InvalidOperationException($"{field.Name} is not a column of the HTML report"),
            _ => v.Number is { } n ? $"<td class=\"num\" data-v=\"{Html.N(n)}\">{Html.N(n)}</td>" : "<td class=\"num blank\" data-v=\"\">未填</td>",
        };
    }

    void Rules(TextWriter w)
    {
        w.Write("<section class=\"block rules\" id=\"rules\"><h2>规则说明</h2>");
        w.Write("<p class=\"lead\">每条规则检查表中的一种不一致。规则代码后的数字是本次发现的次数；详细说明、示例和配置方法见 perfeval 的 docs/rules，或运行 <code>perfeval rules 代码</code>。</p><div class=\"rule-list\">");
        foreach (var note in RuleNotes.All)
        {
            var code = note.Info.Code;
            _byRule.TryGetValue(code, out var seen);
            var sev = seen.Count > 0 ? seen.Severity : note.Info.DefaultSeverity;
            w.Write($"<article class=\"rule{(seen.Count == 0 ? " quiet" : "")}\" id=\"{Html.RuleAnchor(code)}\">");
            w.Write($"<h3><span class=\"code\">{Html.E(code)}</span> {Html.E(note.Title)}");
            w.Write($"<span class=\"chip {Html.Sev(sev)}\">{sev.Chinese()}</span>");
            w.Write(seen.Count > 0 ? $"<span class=\"times\">本次 {seen.Count} 处</span>" : "<span class=\"times\">本次未发现</span>");
            w.Write($"</h3><p class=\"summary\">{Html.E(note.Info.Summary)}</p>");
            if (note.WhyHtml.Length > 0) w.Write($"<div class=\"why\"><h4>为什么重要</h4>{note.WhyHtml}</div>");
            if (note.FixHtml.Length > 0) w.Write($"<div class=\"fix\"><h4>如何修改</h4>{note.FixHtml}</div>");
            w.Write("</article>\n");
        }
        w.Write("</div></section>\n");
    }

    public void Dispose()
    {
        _buffer.Dispose();
        _bufferFile.Dispose();
    }
}
