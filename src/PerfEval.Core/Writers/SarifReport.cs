using System.Reflection;
using System.Text.Json;
using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Rules;

namespace PerfEval.Writers;

/// <summary>
/// `check --format sarif`: a SARIF 2.1.0 log (GitHub code scanning, Azure
/// DevOps, VS Code's SARIF viewer). One run; the driver's rules are the whole
/// rule catalog (summary, documentation page as help, default level); each
/// finding is a result whose location is its file and, for a cell, a region
/// (startLine = the row, startColumn = the column: the sheet's for a
/// workbook, the table's for a document) and a logical location carrying the
/// cell as perfeval writes it (`表12 第18行 第8列`, `Sheet!I6`).
/// </summary>
public sealed class SarifReport : IReportWriter
{
    /// <summary>
    /// Where the rule pages (docs/rules/CODE.md) are published, from PERFEVAL_DOCS_URL: perfeval
    /// has no public address of its own, so without it no helpUri is written (help.markdown
    /// carries the whole page) rather than a link that leads nowhere.
    /// </summary>
    public static string? DocsBase(Func<string, string?> env)
    {
        var v = env("PERFEVAL_DOCS_URL")?.Trim();
        if (string.IsNullOrEmpty(v) || !Uri.TryCreate(v, UriKind.Absolute, out _)) return null;
        return v.EndsWith('/') ? v : v + "/";
    }
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    readonly Stream _out;
    readonly Utf8JsonWriter _w;
    readonly Dictionary<string, int> _ruleIndex;
    readonly string? _docsBase;

    public SarifReport(Stream output, string? docsBase = null)
    {
        _docsBase = docsBase;
        _out = output;
        _w = new Utf8JsonWriter(output, Json.Options(indented: true));
        _ruleIndex = RuleCatalog.All.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        _w.WriteStartObject();
        _w.WriteString("$schema", SchemaUri);
        _w.WriteString("version", "2.1.0");
        _w.WriteStartArray("runs");
        _w.WriteStartObject();
        WriteTool();
        _w.WriteString("columnKind", "unicodeCodePoints");
        _w.WriteStartArray("results");
    }

    public static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    void WriteTool()
    {
        _w.WriteStartObject("tool");
        _w.WriteStartObject("driver");
        _w.WriteString("name", "perfeval");
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (version is not null) _w.WriteString("version", version.Split('+')[0]);
        if (_docsBase is not null) _w.WriteString("informationUri", _docsBase + "README.md");
        _w.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            _w.WriteStartObject();
            _w.WriteString("id", rule.Code);
            _w.WriteString("name", rule.ShortName);
            _w.WriteStartObject("shortDescription");
            _w.WriteString("text", rule.Summary);
            _w.WriteEndObject();
            if (_docsBase is not null) _w.WriteString("helpUri", _docsBase + rule.Code + ".md");
            _w.WriteStartObject("help");
            _w.WriteString("text", $"{rule.Summary}（perfeval rules {rule.Code} 显示完整说明）");
            if (RuleCatalog.Documentation(rule.Code) is { } page) _w.WriteString("markdown", page);
            _w.WriteEndObject();
            _w.WriteStartObject("defaultConfiguration");
            _w.WriteString("level", Level(rule.DefaultSeverity));
            _w.WriteEndObject();
            _w.WriteEndObject();
        }
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteEndObject();
    }

    public void Write(FileResult file)
    {
        foreach (var f in file.Findings) Result(file.Path, null, f, Json.FileLocation(file));
        foreach (var form in file.Forms)
            foreach (var f in form.Findings) Result(file.Path, form, f, form.Form.Location);
        _w.Flush();
    }

    void Result(string path, FormResult? form, Finding f, string fallback)
    {
        _w.WriteStartObject();
        _w.WriteString("ruleId", f.Rule);
        if (_ruleIndex.TryGetValue(f.Rule, out var index)) _w.WriteNumber("ruleIndex", index);
        _w.WriteString("level", Level(f.Severity));
        _w.WriteStartObject("message");
        _w.WriteString("text", f.Message);
        _w.WriteEndObject();
        _w.WriteStartArray("locations");
        _w.WriteStartObject();
        _w.WriteStartObject("physicalLocation");
        _w.WriteStartObject("artifactLocation");
        _w.WriteString("uri", ReportPaths.Uri(path));
        _w.WriteEndObject();
        if (f.Cell is CellRef cell && cell.Row >= 1 && cell.Col >= 1)
        {
            _w.WriteStartObject("region");
            _w.WriteNumber("startLine", cell.Row);
            _w.WriteNumber("startColumn", cell.Col);
            _w.WriteEndObject();
        }
        _w.WriteEndObject();
        _w.WriteStartArray("logicalLocations");
        _w.WriteStartObject();
        _w.WriteString("name", f.LocationText(fallback));
        _w.WriteString("kind", "element");
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteStartObject("properties");
        if (form is not null)
        {
            _w.WriteNumber("form", form.Form.Index);
            _w.Text("project", form.Form.Project.Text);
        }
        _w.Number("expected", f.Expected);
        _w.Number("actual", f.Actual);
        _w.WriteEndObject();
        _w.WriteEndObject();
    }

    public void Finish(TimeSpan elapsed)
    {
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.Flush();
        _out.Write("\n"u8);
        _out.Flush();
    }

    public void Dispose() => _w.Dispose();
}
