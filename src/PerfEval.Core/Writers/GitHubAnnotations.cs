using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Rules;

namespace PerfEval.Writers;

/// <summary>
/// `check --format github`: GitHub Actions workflow commands, one per finding
/// (`::error file=…,line=…,col=…,title=…::message`), which the runner turns
/// into annotations on the run and the pull request. error → error, warning →
/// warning, info → notice. line/col are the cell's row and column (a
/// document's are the table's); a finding without a cell names the file only.
/// </summary>
public sealed class GitHubAnnotations : IReportWriter
{
    readonly TextWriter _out;

    public GitHubAnnotations(TextWriter output) => _out = output;

    public void Write(FileResult file)
    {
        foreach (var f in file.Findings) Line(file.Path, f, Json.FileLocation(file));
        foreach (var form in file.Forms)
            foreach (var f in form.Findings) Line(file.Path, f, form.Form.Location);
        _out.Flush();
    }

    void Line(string path, Finding f, string fallback)
    {
        var command = f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var props = $"file={Property(ReportPaths.Slashed(path))}";
        if (f.Cell is { } c && c.Row >= 1) props += $",line={c.Row},col={c.Col}";
        var name = RuleCatalog.Find(f.Rule)?.ShortName;
        props += ",title=" + Property(name is null ? f.Rule : $"{f.Rule} {name}");
        _out.Write($"::{command} {props}::{Data($"{f.LocationText(fallback)}  {f.Message}")}\n");
    }

    /// <summary>The escaping of the runner's toolkit: %, CR and LF in the message; also ':' and ',' in a property.</summary>
    public static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    public static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");

    public void Finish(TimeSpan elapsed) => _out.Flush();

    public void Dispose() { }
}
