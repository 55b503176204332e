using System.Text.Json;
using PerfEval.Writers;
using PerfEval.Rules;
using PerfEval.Samples;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Formats;

/// <summary>--format sarif, github and gitlab on the seed forms.</summary>
public class CiFormatTests
{
    static string SchemaPath => Path.Combine(SeedText.FindRepoRoot(), "tests", "PerfEval.Tests", "Formats", "sarif-2.1.0-subset.schema.json");

    static (int Exit, JsonElement Root, string Text) Check(string format)
    {
        var (exit, output, err) = Run("check", SampleDocx, "--format", format);
        Assert.Equal("", err);
        return (exit, format == "github" ? default : JsonDocument.Parse(output).RootElement, output);
    }

    static int FindingCount()
    {
        var (_, jsonl, _) = Run("check", SampleDocx, "--format", "jsonl");
        return jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    [Fact]
    public void Sarif_is_valid_against_the_schema_and_carries_the_catalog_and_one_result_per_finding()
    {
        var (exit, root, _) = Check("sarif");
        Assert.Equal(1, exit);
        var schema = new JsonSchemaSubset(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement);
        Assert.Empty(schema.Validate(root));

        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Code), rules.Select(r => r.GetProperty("id").GetString()));
        var pe302 = rules.Single(r => r.GetProperty("id").GetString() == "PE302");
        Assert.Equal("total-mismatch", pe302.GetProperty("name").GetString());
        Assert.False(pe302.TryGetProperty("helpUri", out _)); // no public address unless PERFEVAL_DOCS_URL gives one
        Assert.Contains("PE302", pe302.GetProperty("help").GetProperty("markdown").GetString());
        Assert.Equal("error", pe302.GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(FindingCount(), results.Count);
        var r302 = results.First(r => r.GetProperty("ruleId").GetString() == "PE302" && r.GetProperty("properties").GetProperty("form").GetInt32() == 12);
        Assert.Equal(rules.IndexOf(pe302), r302.GetProperty("ruleIndex").GetInt32());
        var loc = r302.GetProperty("locations")[0];
        Assert.Equal("%E9%99%84%E4%BB%B61.docx", loc.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.Split('/')[^1]);
        Assert.Equal(18, loc.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(8, loc.GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("表12 第18行 第8列", loc.GetProperty("logicalLocations")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void The_schema_subset_rejects_what_the_official_schema_rejects()
    {
        var schema = new JsonSchemaSubset(JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement);
        string[] bad =
        {
            """{"version":"2.0.0","runs":[]}""",
            """{"runs":[]}""",
            """{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}""",
            """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"level":"info","message":{"text":"m"}}]}]}""",
            """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a"},"region":{"startLine":0}}}]}]}]}""",
            """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{}}]}]}""",
            """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"rule":"PE1"}]}]}""",
        };
        foreach (var json in bad) Assert.NotEmpty(schema.Validate(JsonDocument.Parse(json).RootElement));
        Assert.Empty(schema.Validate(JsonDocument.Parse("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"}}]}]}""").RootElement));
    }

    [Fact]
    public void Github_writes_one_workflow_command_per_finding_with_file_line_column_and_title()
    {
        var (exit, _, text) = Check("github");
        Assert.Equal(1, exit);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(FindingCount(), lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning|notice) file=[^,]+(,line=\d+,col=\d+)?,title=PE\d{3} [a-z0-9-]+::\S", l));
        Assert.Contains(lines, l => l.StartsWith("::error ") && l.Contains(",line=18,col=8,title=PE302 total-mismatch::表12 第18行 第8列  总分 87.4"));
        Assert.Contains(lines, l => l.StartsWith("::notice "));
    }

    [Theory]
    [InlineData("a%b\nc", "a%25b%0Ac")]
    [InlineData("x:y,z", "x:y,z")]
    public void Github_messages_escape_percent_and_newlines(string message, string expected) =>
        Assert.Equal(expected, PerfEval.Writers.GitHubAnnotations.Data(message));

    [Fact]
    public void Github_properties_also_escape_colon_and_comma() =>
        Assert.Equal("C%3A/a%2Cb.docx", PerfEval.Writers.GitHubAnnotations.Property("C:/a,b.docx"));

    [Fact]
    public void Gitlab_code_quality_has_the_required_fields_and_unique_fingerprints()
    {
        var (exit, root, _) = Check("gitlab");
        Assert.Equal(1, exit);
        var issues = root.EnumerateArray().ToList();
        Assert.Equal(FindingCount(), issues.Count);
        foreach (var i in issues)
        {
            Assert.False(string.IsNullOrEmpty(i.GetProperty("description").GetString()));
            Assert.Matches(@"^PE\d{3}$", i.GetProperty("check_name").GetString());
            Assert.Contains(i.GetProperty("severity").GetString(), new[] { "info", "minor", "major", "critical", "blocker" });
            Assert.EndsWith("附件1.docx", i.GetProperty("location").GetProperty("path").GetString());
            Assert.True(i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32() >= 1);
        }
        Assert.Equal(issues.Count, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
        // Stable between runs: the same finding keeps its fingerprint.
        var again = Check("gitlab").Root.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString());
        Assert.Equal(issues.Select(i => i.GetProperty("fingerprint").GetString()), again);
    }

    [Fact]
    public void Sarif_links_rule_pages_only_under_a_given_address()
    {
        Assert.Null(SarifReport.DocsBase(_ => null));
        Assert.Null(SarifReport.DocsBase(_ => "not a url"));
        Assert.Equal("https://example.org/docs/rules/", SarifReport.DocsBase(_ => "https://example.org/docs/rules"));
        using var ms = new MemoryStream();
        using (var w = new SarifReport(ms, "https://example.org/r/")) w.Finish(TimeSpan.Zero);
        var rule = JsonDocument.Parse(ms.ToArray()).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("https://example.org/r/PE001.md", rule.GetProperty("helpUri").GetString());
    }
}
