using System.Text.RegularExpressions;
using PerfEval.Cli;
using PerfEval.Samples;
using PerfEval.Tests.EndToEnd;
using PerfEval.Writers.Html;
using H = PerfEval.Writers.Html.Html;

namespace PerfEval.Tests.Html;

/// <summary>
/// `perfeval check … --format html` rendered by a real browser: what an
/// auditor sees, checked on the DOM after the page's script ran.
/// </summary>
[Trait("Requires", "Chromium")]
public class ChromiumReportTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static readonly string[] SampleFiles = { "附件1.docx", "附件1.xlsx" };

    string Report(params string[] inputs)
    {
        var output = Path.Combine(_dir, "report.html");
        var err = new StringWriter();
        int exit = App.Run(new[] { "check" }.Concat(inputs).Concat(new[] { "--format", "html", "--output", output }).ToArray(), new StringWriter(), err);
        Assert.True(exit is 0 or 1, $"exit {exit}: {err}");
        return output;
    }

    static IReadOnlyList<(int File, int Form, string Html)> Forms(string dom) =>
        Regex.Matches(dom, "<section class=\"form\" id=\"f(\\d+)-(\\d+)\".*?</section>", RegexOptions.Singleline)
            .Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), m.Value)).ToList();

    static string Score(string form, string label) =>
        Regex.Match(form, $"<dt>{label}</dt><dd[^>]*>(.*?)</dd>").Groups[1].Value;

    [Fact]
    public void The_seed_report_shows_every_form_with_its_totals_codes_and_flagged_cells()
    {
        var root = SeedText.FindRepoRoot();
        var html = Report(SampleFiles.Select(f => Path.Combine(root, "samples", f)).ToArray());
        var png = Path.Combine(_dir, "report.png");
        var dom = Chromium.DumpDom(html, png);

        Assert.Contains($"<title>{HtmlReport.DocumentTitle}</title>", dom);
        Assert.Equal((1280, 2000), Chromium.PngSize(png));
        Assert.DoesNotMatch("id=\"table-controls\"[^>]*hidden", dom); // the script ran and showed the controls

        var forms = Forms(dom);
        for (int file = 1; file <= SampleFiles.Length; file++)
        {
            var ofFile = forms.Where(f => f.File == file).ToList();
            Assert.Equal(SeedTable.Rows.Length, ofFile.Count);
            foreach (var (row, (_, index, form)) in SeedTable.Rows.Zip(ofFile))
            {
                var at = $"{SampleFiles[file - 1]} form {row.Index}";
                Assert.Equal(row.Index, index);
                Assert.Contains($"<h2 class=\"project\">{H.E(row.Project)}</h2>", form);
                Assert.True((row.Stated is { } s ? H.N(s) : "<span class=\"blank\">未填</span>") == Score(form, "填报总分"), at + " stated");
                Assert.True(H.N(row.Recomputed) == Score(form, "重算总分"), at + " recomputed");
                Assert.Contains($">{row.Grade}</span>", Score(form, "等级"));

                var codes = Regex.Matches(form, "<li class=\"sev-(?:error|warning)\" data-rule=\"(PE\\d+)\"")
                    .Select(m => m.Groups[1].Value).OrderBy(c => c, StringComparer.Ordinal).ToArray();
                Assert.True(row.Codes.SequenceEqual(codes), $"{at}: expected [{string.Join(' ', row.Codes)}] got [{string.Join(' ', codes)}]");

                // Every seed error sits on a cell: as many red cells as cells with errors.
                var errorCells = Regex.Matches(form, "<td[^>]*class=\"[^\"]*flag sev-error\"[^>]*data-cell=\"([^\"]+)\"")
                    .Select(m => m.Groups[1].Value).Distinct().Count();
                Assert.True(row.Codes.Any(c => c is not ("PE204" or "PE304" or "PE402")) == errorCells > 0, at + " error cells");
                Assert.DoesNotContain("<div class=\"loose\">", form);
            }
        }

        // A cost indicator scored as if it were positive: stated and recomputed side by side, in red.
        var first = forms.First(f => f.File == 1 && f.Form == 1).Html;
        Assert.Matches("<td class=\"num flag sev-error\"[^>]*title=\"PE202[^\"]*\"><span class=\"was\">0.26</span>.*?<span class=\"now\">12.5</span>", first);
        var eleventh = forms.First(f => f.File == 1 && f.Form == 11).Html;
        Assert.Matches("<td class=\"num flag sev-error\"[^>]*title=\"PE103[^\"]*\"><span class=\"was\">20.04%</span>.*?<span class=\"now\">20.4%</span>", eleventh);
    }

    [Fact]
    public void A_script_in_a_project_name_is_shown_not_run()
    {
        const string evil = "<script>document.title='pwned'</script>";
        var variant = SeedText.LoadDefault()[0].Clone();
        var nameRow = variant.Rows.First(r => r[0].Replace(" ", "") == "项目名称");
        nameRow[1] = evil;
        Assert.Equal(evil, variant.Project);
        var docx = Path.Combine(_dir, "variant.docx");
        DocxSampleWriter.Write(new[] { variant }, docx);

        var dom = Chromium.DumpDom(Report(docx), Path.Combine(_dir, "variant.png"));

        Assert.Contains($"<title>{HtmlReport.DocumentTitle}</title>", dom);
        Assert.DoesNotContain("pwned</title>", dom);
        Assert.Contains("<h2 class=\"project\">&lt;script&gt;document.title='pwned'&lt;/script&gt;</h2>", dom);
        Assert.Single(Regex.Matches(dom, "<script>")); // the report's own
        Assert.Single(Forms(dom));
    }
}
