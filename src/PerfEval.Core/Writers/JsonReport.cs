using System.Text.Json;
using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Writers;

/// <summary>`check --format json`: one object for the whole run (cli.md).</summary>
public sealed class JsonReport : IReportWriter
{
    readonly Utf8JsonWriter _w;
    readonly RunTotals _totals = new();

    public JsonReport(Stream output)
    {
        _w = new Utf8JsonWriter(output, Json.Options(indented: true));
        _w.WriteStartObject();
        _w.WriteNumber("version", 1);
        _w.WriteStartArray("files");
    }

    public void Write(FileResult file)
    {
        _totals.Add(file);
        _w.WriteStartObject();
        _w.WriteString("path", file.Path);
        _w.WriteStartArray("findings");
        foreach (var f in file.Findings) WriteFinding(f, Json.FileLocation(file));
        _w.WriteEndArray();
        _w.WriteStartArray("forms");
        foreach (var form in file.Forms) WriteForm(form);
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.Flush();
    }

    void WriteForm(FormResult r)
    {
        var f = r.Form;
        _w.WriteStartObject();
        _w.WriteNumber("index", f.Index);
        _w.Text("project", f.Project.Text);
        _w.Text("department", f.Department.Text);
        _w.Text("implementer", f.Implementer.Text);
        if (f.Year is { } y) _w.WriteNumber("year", y); else _w.WriteNull("year");
        _w.WriteString("location", f.Location);
        _w.Number("statedTotal", f.StatedTotal.Value);
        _w.Number("itemSum", r.Score.ItemSum);
        _w.Number("weightSum", r.Score.WeightSum);
        _w.Number("recomputedTotal", r.Score.RecomputedTotal);
        _w.WriteString("grade", r.Score.Grade);
        _w.WriteStartArray("findings");
        foreach (var finding in r.Findings) WriteFinding(finding, f.Location);
        _w.WriteEndArray();
        _w.WriteEndObject();
    }

    void WriteFinding(Finding f, string fallback)
    {
        _w.WriteStartObject();
        Json.WriteFinding(_w, f, fallback);
        _w.WriteEndObject();
    }

    public void Finish(TimeSpan elapsed)
    {
        _w.WriteEndArray();
        _w.WritePropertyName("summary");
        _w.WriteStartObject();
        _w.WriteNumber("files", _totals.Files);
        _w.WriteNumber("forms", _totals.Forms);
        _w.WriteNumber("error", _totals.Count(Severity.Error));
        _w.WriteNumber("warning", _totals.Count(Severity.Warning));
        _w.WriteNumber("info", _totals.Count(Severity.Info));
        _w.WriteEndObject();
        _w.WriteEndObject();
        _w.Flush();
    }

    public void Dispose() => _w.Dispose();
}
