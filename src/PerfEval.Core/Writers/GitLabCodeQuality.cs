using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Writers;

/// <summary>
/// `check --format gitlab`: a GitLab Code Quality report (a JSON array of
/// issues: description, check_name, fingerprint, severity, location.path and
/// location.lines.begin), for `artifacts: reports: codequality`. error →
/// major, warning → minor, info → info. The fingerprint is the SHA-256 of
/// file, form, rule, cell and message, so the same finding keeps its identity
/// between pipelines and GitLab shows only new and fixed ones in a merge request.
/// </summary>
public sealed class GitLabCodeQuality : IReportWriter
{
    readonly Stream _out;
    readonly Utf8JsonWriter _w;

    public GitLabCodeQuality(Stream output)
    {
        _out = output;
        _w = new Utf8JsonWriter(output, Json.Options(indented: true));
        _w.WriteStartArray();
    }

    public static string SeverityOf(Severity s) => s switch
    {
        Severity.Error => "major",
        Severity.Warning => "minor",
        _ => "info",
    };

    public void Write(FileResult file)
    {
        foreach (var f in file.Findings) Issue(file.Path, null, f, Json.FileLocation(file));
        foreach (var form in file.Forms)
            foreach (var f in form.Findings) Issue(file.Path, form.Form.Index, f, form.Form.Location);
        _w.Flush();
    }

    void Issue(string path, int? form, Finding f, string fallback)
    {
        var where = f.LocationText(fallback);
        var file = ReportPaths.Slashed(path);
        _w.WriteStartObject();
        _w.WriteString("description", $"{where}  {f.Message}");
        _w.WriteString("check_name", f.Rule);
        _w.WriteString("fingerprint", Fingerprint(file, form, f.Rule, where, f.Message));
        _w.WriteString("severity", SeverityOf(f.Severity));
        _w.WriteStartObject("location");
        _w.WriteString("path", file);
        _w.WriteStartObject("lines");
        _w.WriteNumber("begin", f.Cell is { Row: >= 1 } c ? c.Row : 1);
        _w.WriteEndObject();
        _w.WriteEndObject();
        _w.WriteEndObject();
    }

    static string Fingerprint(string file, int? form, string rule, string where, string message) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{file}\n{form}\n{rule}\n{where}\n{message}")));

    public void Finish(TimeSpan elapsed)
    {
        _w.WriteEndArray();
        _w.Flush();
        _out.Write("\n"u8);
        _out.Flush();
    }

    public void Dispose() => _w.Dispose();
}
