using System.Text.Json;
using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Writers;

/// <summary>`check --format json`: one object for the whole run (cli.md).</summary>
public sealed class JsonReport : IReportWriter
{
    readonly Utf8JsonWriter _w;
    readonly RunTotals _totals = new();
    readonly IReadOnlyList<FormField> _fields;
    int _forms;

    public JsonReport(Stream output) : this(output, FormFields.Json) { }

    /// <summary>The report with another layout of the form's fields, each with its JSON name (FormFieldsTests adds a column this way).</summary>
    public JsonReport(Stream output, IReadOnlyList<FormField> fields)
    {
        _fields = fields;
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
        foreach (var form in file.Forms) WriteForm(file.Path, form);
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.Flush();
    }

    void WriteForm(string path, FormResult r)
    {
        _w.WriteStartObject();
        var row = new FormRow(path, r, ++_forms);
        foreach (var field in _fields)
        {
            var v = field.Value(row);
            switch (field.Kind)
            {
                case FieldKind.Text: _w.Text(field.Json!, v.Text); break;
                case FieldKind.Number or FieldKind.Score or FieldKind.Percent: _w.Number(field.Json!, v.Number); break;
                default: throw new InvalidOperationException($"{field.Name} is not a field of the JSON report");
            }
        }
        _w.WriteStartArray("findings");
        foreach (var finding in r.Findings) WriteFinding(finding, r.Form.Location);
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
