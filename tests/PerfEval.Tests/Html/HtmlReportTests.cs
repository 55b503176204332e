using System.Text.RegularExpressions;
using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Rules;
using PerfEval.Writers.Html;
using PerfEval.Model;

namespace PerfEval.Tests.Html;

public class HtmlReportTests
{
    /// <summary>The opening tag and content of the table cell flagged for a source cell.</summary>
    static (string Tag, string Body) FlaggedCell(string html, CellRef cell)
    {
        var m = Regex.Match(html, "<td([^>]*data-cell=\"" + Regex.Escape(Writers.Html.Html.E(cell.ToString())) + "\"[^>]*)>(.*?)</td>");
        Assert.True(m.Success, $"no flagged cell for {cell}");
        return (m.Groups[1].Value, m.Groups[2].Value);
    }

    static string Section(string html, string id)
    {
        var m = Regex.Match(html, "<section class=\"form\" id=\"" + id + "\".*?</section>", RegexOptions.Singleline);
        Assert.True(m.Success, "no form section " + id);
        return m.Value;
    }

    [Fact]
    public void A_wrong_score_is_marked_on_its_cell_with_the_stated_and_recomputed_values_and_the_message()
    {
        var result = HtmlForms.Check(HtmlForms.Make(costScore: "0.26", statedTotal: "90.26"));
        var pe202 = Assert.Single(result.Findings, f => f.Rule == "PE202");
        var html = HtmlForms.Render(new FileResult("a.docx", Array.Empty<Finding>(), new[] { result }));

        var (tag, body) = FlaggedCell(html, pe202.Cell!);
        Assert.Contains("sev-error", tag);
        Assert.Matches("<span class=\"was\">0.26</span>.*→.*<span class=\"now\">" + Regex.Escape(Writers.Html.Html.N(pe202.Expected!.Value)) + "</span>", body);
        Assert.Contains(Writers.Html.Html.E(pe202.Message), tag); // the tooltip

        // The message is also written out beside the form, linked to the rule's explanation.
        Assert.Contains($"<a class=\"code\" href=\"#rule-PE202\">PE202</a> <span class=\"msg\">{Writers.Html.Html.E(pe202.Message)}</span>", html);
    }

    [Fact]
    public void Each_flagged_cell_takes_the_colour_of_its_most_severe_finding()
    {
        var result = HtmlForms.Check(HtmlForms.Make(costScore: "0.26", statedTotal: "90.26"));
        var html = HtmlForms.Render(new FileResult("a.docx", Array.Empty<Finding>(), new[] { result }));
        foreach (var cell in result.Findings.Where(f => f.Cell is not null).GroupBy(f => f.Cell!))
        {
            var worst = cell.Max(f => f.Severity);
            var (tag, _) = FlaggedCell(html, cell.Key);
            Assert.Contains("flag " + Writers.Html.Html.Sev(worst), tag);
            foreach (var f in cell) Assert.Contains(f.Rule, tag);
        }
        var clean = HtmlForms.Render(HtmlForms.File("b.docx", HtmlForms.Make()));
        Assert.DoesNotContain("class=\"num flag", clean);
        Assert.Contains("无问题", clean);
    }

    [Fact]
    public void A_stated_total_that_differs_from_the_recomputed_one_shows_both()
    {
        var result = HtmlForms.Check(HtmlForms.Make(costScore: "0.26", statedTotal: "90.26"));
        Assert.Contains(result.Findings, f => f.Rule == "PE304");
        var html = HtmlForms.Render(new FileResult("a.docx", Array.Empty<Finding>(), new[] { result }));
        var (_, body) = FlaggedCell(html, result.Form.StatedTotal.Ref!);
        Assert.Contains("<span class=\"was\">90.26</span>", body);
        Assert.Contains("<span class=\"now\">" + Writers.Html.Html.N(result.Score.RecomputedTotal) + "</span>", body);
    }

    [Fact]
    public void Findings_without_a_matching_cell_are_listed_under_the_form()
    {
        var checkedForm = HtmlForms.Check(HtmlForms.Make(costScore: "0.26", statedTotal: "90.26"));
        var loose = new[]
        {
            new Finding("PE401", Severity.Warning, "整张表的问题", null),
            new Finding("PE005", Severity.Error, "不在模型里的单元格", new CellRef(1, 99, 3)),
        };
        var result = checkedForm with { Findings = checkedForm.Findings.Concat(loose).ToList() };
        var html = Section(HtmlForms.Render(new FileResult("a.docx", Array.Empty<Finding>(), new[] { result })), "f1-1");

        var under = Regex.Match(html, "<div class=\"loose\">.*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains("整张表的问题", under);
        Assert.Contains("不在模型里的单元格", under);
        Assert.DoesNotContain("PE202", under); // it sits on its cell
        // Every finding is written exactly once as a note.
        Assert.Equal(result.Findings.Count, Regex.Matches(html, "<li class=\"sev-[a-z]+\" data-rule=").Count);
    }

    [Fact]
    public void Text_from_the_forms_is_escaped_everywhere()
    {
        const string project = "<script>alert('x')</script>";
        const string dept = "A&B \"部门\"";
        var form = HtmlForms.Make(project: project, department: dept, costName: "<img src=x onerror=alert(1)>", costScore: "1");
        var html = HtmlForms.Render(HtmlForms.File("<b>路径</b>.docx", form));

        Assert.Single(Regex.Matches(html, "<script")); // the report's own script only
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>路径", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("A&amp;B &quot;部门&quot;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("&lt;b&gt;路径&lt;/b&gt;.docx", html);
        Assert.Contains($"<title>{HtmlReport.DocumentTitle}</title>", html);
    }

    [Fact]
    public void The_report_is_one_self_contained_chinese_page()
    {
        var html = HtmlForms.Render(HtmlForms.File("a.docx", HtmlForms.Make(costScore: "0.26", statedTotal: "90.26")));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.DoesNotMatch("<link|<img|<iframe|\\ssrc=|@import|url\\(|https?://", html);
        Assert.Contains("@media print", html);
        Assert.Contains("break-before: page", html);
        Assert.Matches("<div class=\"controls\" id=\"table-controls\" hidden>", html); // shown by the script only
    }

    [Fact]
    public void Every_rule_is_explained_under_an_anchor_and_the_chart_links_there()
    {
        var html = HtmlForms.Render(HtmlForms.File("a.docx", HtmlForms.Make(costScore: "0.26", statedTotal: "90.26")));
        foreach (var rule in RuleCatalog.All)
        {
            var article = Regex.Match(html, $"<article class=\"rule[^\"]*\" id=\"rule-{rule.Code}\">.*?</article>", RegexOptions.Singleline);
            Assert.True(article.Success, rule.Code);
            Assert.Contains(Writers.Html.Html.E(rule.Summary), article.Value);
            Assert.Contains("<h4>为什么重要</h4>", article.Value);
        }
        var chart = Regex.Match(html, "<svg class=\"chart\"[^>]*aria-label=\"各规则问题数\">.*?</svg>", RegexOptions.Singleline).Value;
        var links = Regex.Matches(chart, "href=\"#rule-(PE\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.Contains("PE202", links);
        Assert.All(links, code => Assert.Contains($"id=\"rule-{code}\"", html));
    }

    [Fact]
    public void The_overview_counts_findings_and_grades_over_all_files()
    {
        var files = new[]
        {
            HtmlForms.File("a.docx", HtmlForms.Make(), HtmlForms.Make(costScore: "0.26", statedTotal: "90.26", index: 2)),
            new FileResult("b.xlsx", new[] { new Finding("PE001", Severity.Error, "无法读取文件") }, Array.Empty<FormResult>()),
            HtmlForms.File("c.docx", HtmlForms.Make(statedTotal: "100", costScore: "10")),
        };
        var html = HtmlForms.Render(files);
        var all = files.SelectMany(f => f.AllFindings).ToList();
        foreach (var (word, sev) in new[] { ("错误", Severity.Error), ("警告", Severity.Warning), ("提示", Severity.Info) })
            Assert.Contains($"<p class=\"label\">{word}</p><p class=\"value\">{all.Count(f => f.Severity == sev)}</p>", html);

        var forms = files.SelectMany(f => f.Forms).ToList();
        foreach (var grade in Grades.Order)
            Assert.Contains($"<title>{grade}：{forms.Count(r => r.Score.Grade == grade)} 张表</title>", html);

        // The unreadable file is listed; forms keep input order; the table has one row per form.
        Assert.Contains("<td class=\"path\">b.xlsx</td>", html);
        Assert.True(html.IndexOf("id=\"f1-2\"", StringComparison.Ordinal) < html.IndexOf("id=\"f3-1\"", StringComparison.Ordinal));
        var table = Regex.Match(html, "<table class=\"list\" id=\"form-table\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(forms.Count, Regex.Matches(table, "<tr data-error=").Count);
        Assert.True(html.IndexOf("id=\"form-table\"", StringComparison.Ordinal) < html.IndexOf("<section class=\"form\"", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_run_still_makes_a_complete_page()
    {
        var html = HtmlForms.Render();
        Assert.EndsWith("</html>\n", html);
        Assert.Contains("没有发现问题", html);
    }

    [Theory]
    [InlineData("a<b>&\"c'", "a&lt;b&gt;&amp;&quot;c&#39;")]
    [InlineData("项目\n名称", "项目\n名称")]
    [InlineData("x\u0000y", "x\uFFFDy")]
    [InlineData("", "")]
    public void Escaping(string text, string escaped) => Assert.Equal(escaped, Writers.Html.Html.E(text));

    [Theory]
    [InlineData("保留两位小数：本例应为 `20.40%`。若金额填错，改正金额。", "保留两位小数。若金额填错，改正金额。")]
    [InlineData("如果算错了（例如第1张表的接待费用，见 PE202），应改正得分。", "如果算错了，应改正得分。")]
    [InlineData("按建议调整，例如第1张表把效益增至 30。另有规定的按规定。", "按建议调整。另有规定的按规定。")]
    [InlineData("选择评分方案（见下）。", "选择评分方案。")]
    [InlineData("1. 打开文件。\n2. 本例是第3张表。", "1. 打开文件。")]
    public void Rule_notes_leave_out_the_rule_pages_seed_examples(string page, string note) =>
        Assert.Equal(note, RuleNotes.Generic(page));

    [Fact]
    public void Rule_page_lists_become_html_lists()
    {
        Assert.Equal("<ol><li>打开 <code>a&lt;b</code></li><li>另存</li></ol>", RuleNotes.Block("1. 打开 `a<b`\n2. 另存"));
        Assert.Equal("<p>按 <code>10 × 执行率</code> 重算</p>", RuleNotes.Block("按 `10 × 执行率` 重算"));
    }
}
