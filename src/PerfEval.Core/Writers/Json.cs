using System.Text.Encodings.Web;
using System.Text.Json;
using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Writers;

/// <summary>Shared JSON settings: Chinese kept readable, numbers as numbers without trailing zeros.</summary>
public static class Json
{
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>12.50m → 12.5, 100.0m → 100: scripts compare numbers, people read them.</summary>
    public static decimal Plain(decimal d) => d / 1.000000000000000000000000000000000m;

    public static void Number(this Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteNumber(name, Plain(value.Value));
    }

    public static void Text(this Utf8JsonWriter w, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    public static void WriteFinding(Utf8JsonWriter w, Finding f, string fallbackLocation)
    {
        w.WriteString("rule", f.Rule);
        w.WriteString("severity", f.Severity.Name());
        w.WriteString("message", f.Message);
        w.WriteString("location", f.LocationText(fallbackLocation));
        w.Text("sheet", f.Cell?.Sheet);
        w.Number("expected", f.Expected);
        w.Number("actual", f.Actual);
    }

    public static string FileLocation(FileResult file) => Path.GetFileName(file.Path);
}
