using System.Text.Json;
using PerfEval.Cli;
using PerfEval.Samples;
using PerfEval.Writers.Workbook;

using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Fix;

public class FixCliTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-fix-").FullName;
    static string Sample(string ext) => Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1" + ext);

    public void Dispose() => Directory.Delete(_dir, recursive: true);


    string Dir(string name) => Directory.CreateDirectory(Path.Combine(_dir, name)).FullName;

    static IEnumerable<JsonElement> Forms(JsonDocument report) =>
        report.RootElement.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("forms").EnumerateArray());

    [Fact]
    public void Fixed_seed_workbooks_check_clean_in_every_number()
    {
        var input = Dir("in");
        File.Copy(Sample(".docx"), Path.Combine(input, "附件1.docx"));
        File.Copy(Sample(".xlsx"), Path.Combine(input, "附件1.xlsx"));
        var before = Directory.GetFiles(input).ToDictionary(f => f, File.ReadAllBytes);
        var output = Path.Combine(_dir, "out");

        var (exit, stdout, stderr) = Run("fix", input, "--out-dir", output);
        Assert.Equal(1, exit); // the seed's own errors, as check reports them
        Assert.Equal("", stderr);
        Assert.Equal(2, stdout.Trim().Split('\n').Length);
        Assert.Equal(new[] { "附件1 (2).corrected.xlsx", "附件1.corrected.xlsx" },
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(path));

        var (checkExit, json, _) = Run("check", output, "--format", "json");
        using var report = JsonDocument.Parse(json);
        var forms = Forms(report).ToList();
        Assert.Equal(24, forms.Count);
        var seed = SeedText.LoadDefault();
        for (int i = 0; i < forms.Count; i++)
        {
            var f = forms[i];
            Assert.Equal(seed[i % 12].Project, f.GetProperty("project").GetString());
            Assert.Equal(f.GetProperty("recomputedTotal").GetDecimal(), f.GetProperty("statedTotal").GetDecimal());
            Assert.Equal(f.GetProperty("recomputedTotal").GetDecimal(), f.GetProperty("itemSum").GetDecimal());
            var numberErrors = f.GetProperty("findings").EnumerateArray()
                .Where(x => x.GetProperty("severity").GetString() == "error")
                .Select(x => x.GetProperty("rule").GetString()!)
                .Where(r => r[2] is '1' or '2' or '3' && r != "PE301")
                .ToList();
            Assert.True(numberErrors.Count == 0, $"{f.GetProperty("project")}: {string.Join(", ", numberErrors)}");
        }
        // Forms 1 and 2 keep the weights they stated (85, 75): fix recomputes scores, it does not invent weights.
        Assert.Equal(new[] { "宣传交流工作经费", "驻村帮扶工作人员经费" }, forms.Take(12)
            .Where(f => f.GetProperty("findings").EnumerateArray().Any(x => x.GetProperty("rule").GetString() == "PE301"))
            .Select(f => f.GetProperty("project").GetString()));
        Assert.Equal(72.55m, forms[0].GetProperty("recomputedTotal").GetDecimal());
        Assert.Equal(84.71m, forms[11].GetProperty("recomputedTotal").GetDecimal());
        Assert.Equal(1, checkExit); // PE004 on the forms without indicators, PE301 above
    }

    [Fact]
    public void Inputs_of_one_name_in_two_folders_get_two_workbooks()
    {
        File.Copy(Sample(".docx"), Path.Combine(Dir("a"), "表.docx"));
        File.Copy(Sample(".docx"), Path.Combine(Dir("b"), "表.docx"));
        var output = Dir("out");
        var (exit, _, _) = Run("fix", Path.Combine(_dir, "a"), Path.Combine(_dir, "b"), "--out-dir", output, "--fail-on", "never", "-j", "2");
        Assert.Equal(0, exit);
        Assert.Equal(new[] { "表 (2).corrected.xlsx", "表.corrected.xlsx" },
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_configuration_override_writes_that_folders_formulas_under_its_own_settings()
    {
        File.Copy(Sample(".docx"), Path.Combine(Dir("市本级"), "表.docx"));
        File.Copy(Sample(".docx"), Path.Combine(Dir("县区"), "表.docx"));
        var config = Path.Combine(_dir, "perfeval.json");
        File.WriteAllText(config, """{ "overrides": [ { "files": ["县区/**"], "scoring": { "roundingPlaces": 1 } } ] }""");
        var output = Dir("out");
        var (exit, _, stderr) = Run("fix", Path.Combine(_dir, "市本级"), Path.Combine(_dir, "县区"), "--out-dir", output,
            "--config", config, "--fail-on", "never");
        Assert.Equal((0, ""), (exit, stderr));
        // 表 (2) is the second input's: 县区, at one decimal place.
        var city = SavedCells.Read(File.ReadAllBytes(Path.Combine(output, "表.corrected.xlsx")))["对台工作特费"];
        var county = SavedCells.Read(File.ReadAllBytes(Path.Combine(output, "表 (2).corrected.xlsx")))["对台工作特费"];
        Assert.EndsWith("),2),0.07)", city["I6"].Formula);
        Assert.EndsWith("),1),0.07)", county["I6"].Formula);
        // 10 × 1.125% = 0.1125: 0.11 at two places, 0.1 at one, cached as the formula computes it.
        Assert.Equal((0.11m, 0.1m), (city["I6"].Number, county["I6"].Number));
    }

    [Fact]
    public void Fixing_a_folder_into_itself_twice_does_not_fix_the_fixed()
    {
        var folder = Dir("forms");
        File.Copy(Sample(".docx"), Path.Combine(folder, "表.docx"));
        Assert.Equal(1, Run("fix", folder, "--out-dir", folder).Exit);
        // A second run replaces its earlier result only when told to: perfeval never overwrites what this run did not write.
        Assert.Equal(1, Run("fix", folder, "--out-dir", folder, "--force").Exit);
        Assert.Equal(new[] { "表.corrected.xlsx", "表.docx" },
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // Named on the command line, a corrected workbook is an input like any other.
        var (exit, stdout, _) = Run("fix", Path.Combine(folder, "表.corrected.xlsx"), "--out-dir", folder);
        Assert.Equal(1, exit);
        Assert.Contains("表.corrected.corrected.xlsx", stdout);
    }

    [Fact]
    public void An_unreadable_input_is_reported_and_gets_no_workbook_while_the_batch_goes_on()
    {
        var input = Dir("in");
        File.WriteAllBytes(Path.Combine(input, "a-broken.docx"), new byte[] { 1, 2, 3 });
        File.Copy(Sample(".docx"), Path.Combine(input, "b-good.docx"));
        var output = Path.Combine(_dir, "out");
        var (exit, stdout, stderr) = Run("fix", input, "--out-dir", output, "--fail-on", "never", "--quiet");
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.Contains("a-broken.docx: PE001", stderr);
        Assert.Equal(new[] { "b-good.corrected.xlsx" }, Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal(1, Run("fix", input, "--out-dir", output).Exit);
    }

    [Fact]
    public void A_province_template_given_on_the_command_line_is_filled_and_reads_back()
    {
        var template = Path.Combine(_dir, "省级模板.xlsx");
        File.WriteAllBytes(template, ProvinceTemplate.Bytes());
        var output = Path.Combine(_dir, "out");
        var (exit, _, err) = Run("fix", Sample(".docx"), "--out-dir", output, "--template", template, "--fail-on", "never");
        Assert.Equal(0, exit);
        Assert.Equal("", err);
        var (_, json, _) = Run("check", Path.Combine(output, "附件1.corrected.xlsx"), "--format", "json");
        using var report = JsonDocument.Parse(json);
        var forms = Forms(report).ToList();
        Assert.Equal(12, forms.Count);
        Assert.All(forms, f => Assert.Equal(f.GetProperty("recomputedTotal").GetDecimal(), f.GetProperty("statedTotal").GetDecimal()));
        Assert.Equal(76.64m, forms[10].GetProperty("recomputedTotal").GetDecimal());
    }

    [Fact]
    public void With_docx_fix_writes_the_Word_file_with_tracked_changes_instead()
    {
        var output = Path.Combine(_dir, "out");
        var (exit, stdout, _) = Run("fix", Sample(".docx"), "--docx", "--out-dir", output, "--fail-on", "never");
        Assert.Equal(0, exit);
        Assert.Contains("附件1.corrected.docx", stdout);
        Assert.Equal(new[] { "附件1.corrected.docx" }, Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal(2, Run("fix", Sample(".docx"), "--docx", "--template", "x.xlsx", "--out-dir", output).Exit);
    }

    [Fact]
    public void An_output_folder_that_is_a_file_exits_2_naming_it()
    {
        var file = Path.Combine(_dir, "occupied");
        File.WriteAllText(file, "x");
        var (exit, output, err) = Run("fix", Sample(".docx"), "--out-dir", file);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(file, err);
        Assert.Contains("不是文件夹", err);
        Assert.Equal(2, Run("fix", Sample(".docx"), "--out-dir", Path.Combine(file, "below")).Exit);
        Assert.Equal(2, Run("fix", Sample(".docx")).Exit); // --out-dir is required
    }

    [Fact]
    public void A_template_without_its_names_exits_2_before_any_work()
    {
        var template = Path.Combine(_dir, "plain.xlsx");
        using (var book = new ClosedXML.Excel.XLWorkbook())
        {
            book.Worksheets.Add("表").Cell("A1").SetValue("项目名称");
            book.SaveAs(template);
        }
        var output = Path.Combine(_dir, "out");
        var (exit, _, err) = Run("fix", Sample(".docx"), "--out-dir", output, "--template", template);
        Assert.Equal(2, exit);
        Assert.Contains("缺少定义名称", err);
        Assert.Contains(TemplateNames.Total, err);
        Assert.False(Directory.Exists(output));
        Assert.Equal(2, Run("fix", Sample(".docx"), "--out-dir", output, "--template", Path.Combine(_dir, "none.xlsx")).Exit);
    }

    [Fact]
    public void Template_writes_xlsx_or_docx_and_overwrites_only_when_forced()
    {
        var xlsx = Path.Combine(_dir, "blank.xlsx");
        var docx = Path.Combine(_dir, "blank.docx");
        Assert.Equal(0, Run("template", "--out", xlsx).Exit);
        Assert.Equal(0, Run("template", "--out", docx).Exit);
        Assert.Equal(TemplateBuilder.SheetName, SavedCells.SheetNames(File.ReadAllBytes(xlsx)).Single());
        FormTemplate.Load(xlsx); // fix accepts what template writes

        File.WriteAllText(xlsx, "mine");
        var (exit, _, err) = Run("template", "--out", xlsx);
        Assert.Equal(2, exit);
        Assert.Contains("--force", err);
        Assert.Equal("mine", File.ReadAllText(xlsx));
        Assert.Equal(0, Run("template", "--out", xlsx, "--force").Exit);
        FormTemplate.Load(xlsx);

        Assert.Equal(2, Run("template", "--out", Path.Combine(_dir, "blank.pdf")).Exit);
        Assert.Equal(2, Run("template", "--out", Path.Combine(_dir, "no", "such", "dir.xlsx")).Exit);
        Assert.Equal(2, Run("template", "--out", _dir + "/").Exit);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Output_names_never_collide_and_never_name_an_input()
    {
        var outDir = Path.Combine(_dir, "out");
        var inputs = new[]
        {
            Path.Combine(_dir, "a", "X.docx"), Path.Combine(_dir, "b", "X.docx"), Path.Combine(_dir, "X.xlsx"),
            Path.Combine(outDir, "Y.corrected.xlsx"), Path.Combine(_dir, "Y.docx"), Path.Combine(_dir, "x.docx"),
        };
        var names = CorrectedNames.For(inputs, outDir).Select(Path.GetFileName).ToList();
        Assert.Equal(new[]
        {
            "X.corrected.xlsx", "X (2).corrected.xlsx", "X (3).corrected.xlsx",
            "Y.corrected.corrected.xlsx", "Y (2).corrected.xlsx", "x (4).corrected.xlsx",
        }, names);
    }
}
