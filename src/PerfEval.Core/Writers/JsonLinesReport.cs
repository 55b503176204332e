using System.Text.Json;
using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Writers;

/// <summary>`check --format jsonl`: one finding per line, with path, form and project (cli.md).</summary>
public sealed class JsonLinesReport : IReportWriter
{
    static readonly byte[] NewLine = { (byte)'\n' };
    readonly Stream _out;

    public JsonLinesReport(Stream output) => _out = output;

    public void Write(FileResult file)
    {
        foreach (var f in file.Findings) Line(file.Path, null, null, f, Json.FileLocation(file));
        foreach (var form in file.Forms)
            foreach (var f in form.Findings) Line(file.Path, form.Form.Index, form.Form.Project.Text, f, form.Form.Location);
        _out.Flush();
    }

    void Line(string path, int? form, string? project, Finding f, string fallback)
    {
        using (var w = new Utf8JsonWriter(_out, Json.Options(indented: false)))
        {
            w.WriteStartObject();
            w.WriteString("path", path);
            if (form is { } i) w.WriteNumber("form", i); else w.WriteNull("form");
            w.Text("project", project);
            Json.WriteFinding(w, f, fallback);
            w.WriteEndObject();
        }
        _out.Write(NewLine);
    }

    public void Finish(TimeSpan elapsed) => _out.Flush();

    public void Dispose() { }
}
