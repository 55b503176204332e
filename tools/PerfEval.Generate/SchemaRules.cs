using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerfEval.Generate;

/// <summary>
/// The rule entries of docs/perfeval.schema.json: the one-line-per-rule block inside
/// "rules"."properties". The rest of the schema is hand-written and kept byte for byte.
/// </summary>
public static class SchemaRules
{
    static readonly Regex RuleLine = new(@"^(\s*)""PE\d{3}"": \{.*\},?$", RegexOptions.CultureInvariant);

    public static string Replace(string schema, IReadOnlyList<RuleType> rules)
    {
        var lines = schema.Split('\n').ToList();
        int first = lines.FindIndex(l => RuleLine.IsMatch(l));
        if (first < 0) throw new InvalidOperationException("docs/perfeval.schema.json: no \"PExxx\" line under rules.properties");
        int last = first;
        while (last + 1 < lines.Count && RuleLine.IsMatch(lines[last + 1])) last++;
        var indent = RuleLine.Match(lines[first]).Groups[1].Value;
        var entries = rules.Select((r, i) =>
            $"{indent}\"{r.Info.Code}\": {{ \"$ref\": \"#/definitions/severity\", \"description\": {Json($"{r.Info.ShortName}：{r.Info.Title}（默认 {Generated.Sev(r.Info.DefaultSeverity)}）")} }}"
            + (i < rules.Count - 1 ? "," : ""));
        lines.RemoveRange(first, last - first + 1);
        lines.InsertRange(first, entries);
        return string.Join("\n", lines);
    }

    static readonly JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static string Json(string s) => JsonSerializer.Serialize(s, Plain);
}
