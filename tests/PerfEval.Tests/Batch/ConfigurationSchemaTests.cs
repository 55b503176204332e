using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PerfEval.Config;
using PerfEval.Findings;
using PerfEval.Rules;
using PerfEval.Samples;
using PerfEval.Scoring;

namespace PerfEval.Tests.Batch;

/// <summary>
/// docs/perfeval.schema.json and docs/configuration.md agree with the loader:
/// the keys it accepts (as its own error messages list them), the profiles,
/// the rule codes, the defaults, and every example.
/// </summary>
public class ConfigurationSchemaTests
{
    static readonly string Docs = Path.Combine(SeedText.FindRepoRoot(), "docs");
    static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Docs, "perfeval.schema.json")))!.AsObject();

    static JsonObject Props(JsonNode node) => node["properties"]!.AsObject();

    /// <summary>The keys the loader accepts at a place, read from its "unknown setting" message.</summary>
    static string[] LoaderKeys(Func<string, string> configWithUnknownKey)
    {
        var ex = Assert.Throws<ConfigException>(() => Settings.Parse(configWithUnknownKey("zzUnknown")));
        var m = Regex.Match(ex.Message, "可用：([^）]+)）");
        Assert.True(m.Success, ex.Message);
        return m.Groups[1].Value.Split(", ").Order(StringComparer.Ordinal).ToArray();
    }

    static string[] SchemaKeys(JsonNode node) => Props(node).Select(p => p.Key).Where(k => k != "$schema").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_schema_lists_every_key_the_loader_accepts_and_no_other()
    {
        Assert.Equal(LoaderKeys(k => $$"""{ "{{k}}": 1 }"""), SchemaKeys(Schema));
        var scoring = Props(Schema)["scoring"]!;
        Assert.Equal(LoaderKeys(k => $$"""{ "scoring": { "{{k}}": 1 } }"""), SchemaKeys(scoring));
        foreach (var (name, node) in Props(scoring))
        {
            if (node!["type"]?.GetValue<string>() == "object")
                Assert.Equal(LoaderKeys(k => $$"""{ "scoring": { "{{name}}": { "{{k}}": 1 } } }"""), SchemaKeys(node));
            if (node["type"]?.GetValue<string>() == "array")
                Assert.Equal(LoaderKeys(k => $$"""{ "scoring": { "{{name}}": [ { "{{k}}": 1 } ] } }"""), SchemaKeys(node["items"]!));
        }
        Settings.Parse("""{ "$schema": "./docs/perfeval.schema.json" }"""); // accepted, ignored
    }

    [Fact]
    public void Every_object_in_the_schema_is_closed_like_the_loader()
    {
        void Walk(JsonNode node, string at)
        {
            if (node is not JsonObject o) return;
            if (o["properties"] is not null)
                Assert.True(o["additionalProperties"]?.GetValue<bool>() == false, at + " must set additionalProperties: false");
            foreach (var (k, v) in o) if (v is not null) Walk(v, at + "/" + k);
        }
        Walk(Schema, "#");
    }

    [Fact]
    public void The_schema_names_every_profile_and_every_rule()
    {
        var profiles = Props(Schema)["profile"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(Profiles.All.Keys.Order(StringComparer.Ordinal), profiles.Order(StringComparer.Ordinal));

        var rules = Props(Props(Schema)["rules"]!);
        Assert.Equal(RuleCatalog.All.Select(r => r.Code), rules.Select(r => r.Key));
        foreach (var rule in RuleCatalog.All)
        {
            var description = rules[rule.Code]!["description"]!.GetValue<string>();
            Assert.StartsWith(rule.ShortName + "：", description);
            Assert.Contains($"默认 {rule.DefaultSeverity.Name()}", description);
        }
        var severities = Schema["definitions"]!["severity"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        foreach (var s in severities) Settings.Parse($$"""{ "rules": { "PE204": "{{s}}" } }""");
        Assert.Throws<ConfigException>(() => Settings.Parse("""{ "rules": { "PE204": "fatal" } }"""));
    }

    [Fact]
    public void The_schema_defaults_are_the_national_profile()
    {
        // Build a configuration from every default the schema states; the loader must take it and land on national.
        var scoring = new JsonObject();
        foreach (var (name, node) in Props(Props(Schema)["scoring"]!))
        {
            if (node!["properties"] is JsonObject children)
            {
                var o = new JsonObject();
                foreach (var (k, v) in children) o[k] = v!["default"]!.DeepClone();
                scoring[name] = o;
            }
            else scoring[name] = node["default"]!.DeepClone();
        }
        var json = new JsonObject { ["profile"] = Props(Schema)["profile"]!["default"]!.DeepClone(), ["scoring"] = scoring }.ToJsonString();
        var p = Settings.Parse(json).Profile;
        var n = ScoringProfile.National;
        Assert.Equal(n with { ExecutionCaps = p.ExecutionCaps }, p);
        Assert.Empty(p.ExecutionCaps);
    }

    [Fact]
    public void Every_example_in_the_docs_loads()
    {
        var docs = new[] { Path.Combine(Docs, "configuration.md"), Path.Combine(Docs, "..", "README.md") };
        int examples = 0;
        foreach (var doc in docs)
            foreach (Match m in Regex.Matches(File.ReadAllText(doc), "```json\n(.*?)```", RegexOptions.Singleline))
            {
                if (!m.Groups[1].Value.TrimStart().StartsWith('{') || !LooksLikeConfig(m.Groups[1].Value)) continue;
                Settings.Parse(m.Groups[1].Value, doc);
                examples++;
            }
        Assert.True(examples >= 5, $"{examples} examples");
    }

    /// <summary>A JSON block in the docs is a configuration when its top-level keys are the file's.</summary>
    static bool LooksLikeConfig(string json)
    {
        using var d = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return d.RootElement.ValueKind == JsonValueKind.Object
            && d.RootElement.EnumerateObject().All(p => p.Name is "$schema" or "profile" or "rules" or "scoring");
    }

    [Fact]
    public void Every_profile_has_a_section_in_the_configuration_docs()
    {
        var doc = File.ReadAllText(Path.Combine(Docs, "configuration.md"));
        foreach (var name in Profiles.All.Keys)
        {
            Assert.Contains($"### `{name}`", doc);
            Assert.Contains($"| `{name}` |", doc);
        }
    }
}
