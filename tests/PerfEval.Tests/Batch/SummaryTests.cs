using System.Globalization;
using System.Text;
using PerfEval.Samples;
using PerfEval.Tests.EndToEnd;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Batch;

/// <summary>`perfeval summary`: the CSV contract of cli.md on the seed and on hostile text.</summary>
public class SummaryTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-summary-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Out(string name) => Path.Combine(_dir, name);

    const string FormsHeader = "file,form,project,department,implementer,year,budget_initial,budget_full_year,executed,execution_rate,budget_weight,budget_score,budget_score_recomputed,weight_sum,stated_total,item_sum,recomputed_total,grade,errors,warnings,infos";
    const string IndicatorsHeader = "file,form,project,level1,level2,name,target,actual,direction,weight,score,score_recomputed,deviation_reason,rules";

    [Fact]
    public void The_samples_folder_gives_the_seed_table_once_per_readable_sample_file()
    {
        var samples = Path.Combine(SeedText.FindRepoRoot(), "samples");
        var (exit, stdout, err) = Run("summary", samples, "--out", Out("forms.csv"), "--indicators", Out("ind.csv"), "--header", "en");
        Assert.Equal(0, exit); // every sample file yields rows; findings do not change a summary's exit code
        Assert.Equal("", stdout);
        Assert.Equal("", err);

        var forms = CsvFile.Read(Out("forms.csv"));
        Assert.True(forms.HasBom);
        Assert.Equal(FormsHeader, string.Join(',', forms.Header));
        var byFile = forms.Rows.GroupBy(r => forms.Cell(r, "file")).ToList();
        // Every sample the end-to-end test covers must be here; any other readable sample must agree too.
        foreach (string ext in SeedEndToEndTests.SampleFiles)
            Assert.Contains(byFile, g => g.Key.EndsWith("附件1" + ext));
        foreach (var file in byFile)
        {
            var rows = file.ToList();
            Assert.Equal(SeedTable.Rows.Length, rows.Count);
            foreach (var (seed, row) in SeedTable.Rows.Zip(rows))
            {
                var at = $"{file.Key} form {seed.Index}";
                Assert.Equal(seed.Index.ToString(CultureInfo.InvariantCulture), forms.Cell(row, "form"));
                Assert.Equal(seed.Project, forms.Cell(row, "project")); // Chinese intact through the BOM'd UTF-8
                Assert.True(seed.Stated == forms.Number(row, "stated_total"), at);
                Assert.True(seed.ItemSum == forms.Number(row, "item_sum"), at);
                Assert.True(seed.Weights == forms.Number(row, "weight_sum"), at);
                Assert.True(seed.Recomputed == forms.Number(row, "recomputed_total"), at + " recomputed " + forms.Cell(row, "recomputed_total"));
                Assert.Equal(seed.Grade ?? "", forms.Cell(row, "grade"));
                Assert.Equal(seed.Codes.Length, (int)(forms.Number(row, "errors")! + forms.Number(row, "warnings")!));
                Assert.Equal("2021", forms.Cell(row, "year"));
            }
        }

        var ind = CsvFile.Read(Out("ind.csv"));
        Assert.True(ind.HasBom);
        Assert.Equal(IndicatorsHeader, string.Join(',', ind.Header));
        Assert.All(ind.Rows, r => Assert.Contains(ind.Cell(r, "direction"), new[] { "positive", "reverse", "qualitative" }));
        // Form 1's 接待费用 (成本指标, 8万 vs =1.3万) is reverse, recomputed at full weight, and drew PE202 and PE204.
        var cost = ind.Rows.First(r => ind.Cell(r, "form") == "1" && ind.Cell(r, "name").Contains("接待费用"));
        Assert.Equal("reverse", ind.Cell(cost, "direction"));
        Assert.Equal(12.5m, ind.Number(cost, "score_recomputed"));
        Assert.Equal(0.26m, ind.Number(cost, "score"));
        Assert.Equal(new[] { "PE202", "PE204" }, ind.Cell(cost, "rules").Split(' ').Order(StringComparer.Ordinal));
        // A qualitative indicator keeps its stated score and has none recomputed.
        Assert.Contains(ind.Rows, r => ind.Cell(r, "direction") == "qualitative" && ind.Cell(r, "score_recomputed") == "");
    }

    [Fact]
    public void Rates_are_percentages_with_two_decimals_and_numbers_ignore_the_culture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE"); // decimal comma, dot as thousands separator
        try
        {
            Run("summary", SampleDocx, "--out", Out("forms.csv"), "--header", "en", "-j", "1");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
        var forms = CsvFile.Read(Out("forms.csv"));
        var rates = forms.Rows.Select(r => forms.Cell(r, "execution_rate")).ToList();
        Assert.Equal("15.45", rates[0]); // 1.7 / 11
        Assert.Equal("70.00", rates[1]);
        Assert.Equal("100.00", rates[4]);
        Assert.Equal("20.40", rates[10]);
        Assert.Equal("1.55", forms.Cell(forms.Rows[0], "budget_score_recomputed"));
        Assert.Equal("", forms.Cell(forms.Rows[3], "stated_total")); // blank for null
        Assert.All(forms.Rows.SelectMany(r => r.Skip(6)), c => Assert.DoesNotContain(",", c));
    }

    [Fact]
    public void Formula_injection_in_text_becomes_inert_while_negative_numbers_stay_numbers()
    {
        var seed = SeedText.LoadDefault()[4].Clone(); // 公益二类事业单位政府购买服务: clean
        var form = GeneratedFolder.Vary(seed, 0);
        Replace(form, GeneratedFolder.ProjectName(0), "=HYPERLINK(\"http://x\",\"y\")");
        Replace(form, GeneratedFolder.Departments[0], "@SUM(A1:A9)");
        var (row, col) = FindCell(form, "年度资金总额");
        form.Rows[row][col + 3] = "-2"; // 全年执行数 negative: a number, not text
        var path = Out("hostile.docx");
        DocxSampleWriter.Write(new[] { form }, path);

        Run("summary", path, "--out", Out("forms.csv"), "--header", "en");
        var raw = Encoding.UTF8.GetString(File.ReadAllBytes(Out("forms.csv")));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", raw);
        Assert.Contains(",'@SUM(A1:A9),", raw);

        var csv = CsvFile.Read(Out("forms.csv"));
        var only = Assert.Single(csv.Rows);
        Assert.Equal("'=HYPERLINK(\"http://x\",\"y\")", csv.Cell(only, "project"));
        Assert.Equal("-2", csv.Cell(only, "executed"));
        Assert.StartsWith("-", csv.Cell(only, "execution_rate"));
    }

    [Fact]
    public void Gbk_and_plain_utf8_carry_no_byte_order_mark()
    {
        Run("summary", SampleDocx, "--out", Out("gbk.csv"), "--encoding", "gbk");
        Run("summary", SampleDocx, "--out", Out("utf8.csv"), "--encoding", "utf-8");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = CsvFile.Read(Out("gbk.csv"), Encoding.GetEncoding(936));
        Assert.False(gbk.HasBom);
        Assert.Equal("项目名称", gbk.Header[2]); // the zh header is the default
        Assert.Equal("宣传交流工作经费", gbk.Cell(gbk.Rows[0], "项目名称"));
        Assert.NotEqual(File.ReadAllBytes(Out("utf8.csv")).Length, gbk.Bytes.Length); // 2 bytes a character, not 3

        var utf8 = CsvFile.Read(Out("utf8.csv"));
        Assert.False(utf8.HasBom);
        Assert.Equal(gbk.Rows.Select(r => string.Join('|', r)), utf8.Rows.Select(r => string.Join('|', r)));
    }

    [Fact]
    public void Usage_errors_exit_2_and_write_nothing()
    {
        Assert.Equal(2, Run("summary", SampleDocx).Exit); // --out is required
        Assert.Equal(2, Run("summary", SampleDocx, "--out", Out("a.csv"), "--indicators", Out("a.csv")).Exit);
        Assert.Equal(2, Run("summary", SampleDocx, "--out", Out("a.csv"), "--header", "fr").Exit);
        Assert.Equal(2, Run("summary", SampleDocx, "--out", Out("a.csv"), "--encoding", "latin1").Exit);
        Assert.Equal(2, Run("summary", SampleDocx, "--out", Path.Combine(_dir, "missing", "a.csv")).Exit);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void An_unreadable_file_is_named_on_stderr_and_the_rest_is_summarized()
    {
        File.WriteAllText(Out("broken.xlsx"), "not a workbook");
        File.Copy(SampleDocx, Out("good.docx"));
        var (exit, stdout, err) = Run("summary", _dir, "--out", Out("forms.csv"));
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("broken.xlsx: PE001", err);
        Assert.Equal(12, CsvFile.Read(Out("forms.csv")).Rows.Count);
    }

    static void Replace(SeedForm form, string from, string to)
    {
        foreach (var row in form.Rows)
            for (int c = 0; c < row.Count; c++)
                if (row[c] == from) row[c] = to;
    }

    static (int Row, int Col) FindCell(SeedForm form, string text)
    {
        for (int r = 0; r < form.Rows.Count; r++)
            for (int c = 0; c < form.Rows[r].Count; c++)
                if (form.Rows[r][c].Trim() == text) return (r, c);
        throw new InvalidOperationException(text);
    }
}
