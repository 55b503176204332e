using System.Text.Json;
using PerfEval.Cli;
using PerfEval.Samples;

using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Cli;

public class CliTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-cli-").FullName;
    static string SampleDocx => Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1.docx");

    public void Dispose() => Directory.Delete(_dir, recursive: true);


    [Fact]
    public void A_missing_path_exits_2_with_one_line()
    {
        var (exit, output, err) = Run("check", Path.Combine(_dir, "nope.docx"));
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("路径不存在", err);
    }

    [Theory]
    [InlineData("check", "--bogus", "x")]
    [InlineData("check", "--format", "xml", "x")]
    [InlineData("check", "--fail-on", "sometimes", "x")]
    [InlineData("nonsense")]
    public void Bad_arguments_exit_2(params string[] args)
    {
        var (exit, _, err) = Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("perfeval:", err);
        Assert.DoesNotContain("   at ", err); // never a stack trace
    }

    [Fact]
    public void A_broken_file_is_PE001_and_the_rest_of_the_batch_is_still_checked()
    {
        File.WriteAllBytes(Path.Combine(_dir, "a-broken.docx"), new byte[] { 1, 2, 3, 4, 5 });
        File.Copy(SampleDocx, Path.Combine(_dir, "b-good.docx"));
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "not an input");
        var (exit, output, err) = Run("check", _dir, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal("", err);
        var files = JsonDocument.Parse(output).RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count); // notes.txt is not an input
        Assert.EndsWith("a-broken.docx", files[0].GetProperty("path").GetString());
        var pe001 = Assert.Single(files[0].GetProperty("findings").EnumerateArray());
        Assert.Equal("PE001", pe001.GetProperty("rule").GetString());
        Assert.Equal(12, files[1].GetProperty("forms").GetArrayLength());
    }

    [Fact]
    public void A_docx_without_a_form_is_PE002()
    {
        var path = Path.Combine(_dir, "letter.docx");
        PerfEval.Tests.Support.Docx.Write(path, body =>
        {
            body.AppendChild(PerfEval.Tests.Support.Docx.Paragraph("尊敬的领导：这是一封信，没有表格。"));
            body.AppendChild(PerfEval.Tests.Support.Docx.Table(new[] { new[] { "姓名", "电话" }, new[] { "张三", "123" } }));
        });
        var (exit, output, _) = Run("check", path, "--format", "jsonl");
        Assert.Equal(1, exit);
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal("PE002", line.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("form").ValueKind);
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("never", 0)]
    public void Fail_on_sets_the_exit_code(string failOn, int expected)
    {
        var (exit, _, _) = Run("check", SampleDocx, "--fail-on", failOn, "--format", "jsonl");
        Assert.Equal(expected, exit);
    }

    [Fact]
    public void Fail_on_warning_counts_warnings_and_a_rule_turned_off_counts_nothing()
    {
        var config = Path.Combine(_dir, "perfeval.json");
        // Form 5 of the seed alone is clean; here a clean model-free check: turn off everything the seed draws.
        File.WriteAllText(config, """
            { "rules": { "PE004": "off", "PE104": "off", "PE202": "off", "PE301": "off", "PE302": "off",
                         "PE303": "off", "PE103": "off", "PE402": "warning", "PE304": "warning", "PE204": "warning" } }
            """);
        Assert.Equal(0, Run("check", SampleDocx, "--config", config, "--format", "jsonl").Exit);
        Assert.Equal(1, Run("check", SampleDocx, "--config", config, "--format", "jsonl", "--fail-on", "warning").Exit);
    }

    [Fact]
    public void An_invalid_configuration_exits_2_naming_the_setting()
    {
        var config = Path.Combine(_dir, "bad.json");
        File.WriteAllText(config, """{ "scoring": { "budgetWeigth": 20 } }""");
        var (exit, _, err) = Run("check", SampleDocx, "--config", config);
        Assert.Equal(2, exit);
        Assert.Contains("budgetWeigth", err);
    }

    [Fact]
    public void Text_output_groups_by_file_and_form_and_closes_with_counts()
    {
        var (exit, output, _) = Run("check", SampleDocx);
        Assert.Equal(1, exit);
        var lines = output.Split('\n');
        Assert.EndsWith("附件1.docx", lines[0]);
        Assert.Contains(lines, l => l.Contains("外事宣传费") && l.Contains("87.4") && l.Contains("84.71"));
        Assert.Contains(lines, l => l.Contains("PE302") && l.Contains("总分 87.4 与各项得分合计 84.7 不符"));
        Assert.DoesNotContain("\u001b[", output); // no colour when not a terminal
        Assert.Matches(@"1 个文件，12 张表：错误 \d+，警告 \d+，提示 \d+", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public void Output_goes_to_the_named_file_and_never_over_an_input()
    {
        var report = Path.Combine(_dir, "report.json");
        Assert.Equal(1, Run("check", SampleDocx, "--format", "json", "--output", report).Exit);
        Assert.Equal(12, JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("summary").GetProperty("forms").GetInt32());

        var copy = Path.Combine(_dir, "copy.docx");
        File.Copy(SampleDocx, copy);
        var before = File.ReadAllBytes(copy);
        var (exit, _, err) = Run("check", copy, "--output", copy);
        Assert.Equal(2, exit);
        Assert.Contains("拒绝覆盖", err);
        Assert.Equal(before, File.ReadAllBytes(copy));
    }

    [Fact]
    public void Rules_lists_the_catalog_and_prints_a_page()
    {
        var (exit, output, _) = Run("rules");
        Assert.Equal(0, exit);
        var codes = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..5]).ToList();
        Assert.Equal(PerfEval.Rules.RuleCatalog.All.Select(r => r.Code), codes);
        Assert.Contains("PE402", codes);

        var page = Run("rules", "pe302");
        Assert.Equal(0, page.Exit);
        Assert.StartsWith("# PE302", page.Out);
        Assert.Equal(2, Run("rules", "PE999").Exit);
    }

    [Fact]
    public void Dump_prints_the_parsed_model()
    {
        var (exit, output, _) = Run("dump", SampleDocx);
        Assert.Equal(0, exit);
        var forms = JsonDocument.Parse(output).RootElement.GetProperty("forms").EnumerateArray().ToList();
        Assert.Equal(12, forms.Count);
        var first = forms[0];
        Assert.Equal("宣传交流工作经费", first.GetProperty("project").GetString());
        var ind = first.GetProperty("indicators")[0];
        Assert.Equal("Output", ind.GetProperty("level1").GetString());
        Assert.Equal("次", ind.GetProperty("target").GetProperty("unit").GetString());
    }

    [Fact]
    public void Every_rule_in_the_catalog_has_a_documentation_page()
    {
        foreach (var rule in PerfEval.Rules.RuleCatalog.All)
        {
            var doc = PerfEval.Rules.RuleCatalog.Documentation(rule.Code);
            Assert.NotNull(doc);
            Assert.StartsWith("# " + rule.Code + " " + rule.ShortName, doc);
        }
    }
}
