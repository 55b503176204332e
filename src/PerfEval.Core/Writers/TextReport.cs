using PerfEval.Findings;
using PerfEval.Rules;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Writers;

/// <summary>
/// `check --format text`: what an auditor reads at a glance — grouped by file
/// and form, one line per finding, a closing count line.
/// </summary>
public sealed class TextReport : IReportWriter
{
    readonly TextWriter _out;
    readonly bool _color;
    readonly bool _quiet;
    readonly RunTotals _totals = new();

    public TextReport(TextWriter output, bool color, bool quiet = false)
    {
        _out = output;
        _color = color;
        _quiet = quiet;
    }

    public void Write(FileResult file)
    {
        _totals.Add(file);
        if (_quiet && !file.AllFindings.Any()) return;
        _out.WriteLine(Paint(file.Path, "1"));
        foreach (var f in file.Findings) Line(f, Json.FileLocation(file));
        foreach (var form in file.Forms)
        {
            if (_quiet && form.Findings.Count == 0) continue;
            var s = form.Score;
            var name = form.Form.Project.IsEmpty ? "（未填项目名称）" : form.Form.Project.Text;
            var stated = form.Form.StatedTotal.Value is null ? "未填" : Fmt.S(form.Form.StatedTotal);
            var where = form.Form.Location == name ? "" : form.Form.Location + " ";
            _out.WriteLine($"  {where}{Paint(name, "1")}  填报总分 {stated}，重算 {Fmt.N(s.RecomputedTotal)}（{s.Grade}）"
                + (form.Findings.Count == 0 ? "  " + Paint("无问题", "32") : ""));
            foreach (var f in form.Findings) Line(f, form.Form.Location);
        }
        _out.Flush();
    }

    void Line(Finding f, string fallback)
    {
        var (word, code) = f.Severity switch
        {
            Severity.Error => ("error  ", "31"),
            Severity.Warning => ("warning", "33"),
            _ => ("info   ", "36"),
        };
        _out.WriteLine($"    {Paint(word, code)} {f.Rule}  {f.LocationText(fallback)}  {f.Message}");
    }

    public void Finish(TimeSpan elapsed)
    {
        // --quiet: the findings and nothing else (as ruff's -q), so no closing line.
        if (_quiet) { _out.Flush(); return; }
        _out.WriteLine(_totals.ClosingLine(elapsed));
        _out.Flush();
    }

    string Paint(string text, string sgr) => _color ? $"\u001b[{sgr}m{text}\u001b[0m" : text;

    public void Dispose() { }
}
