using System.Text;
using PerfEval.Findings;

namespace PerfEval.Writers.Html;

/// <summary>
/// The overview's two charts as inline SVG: no script and no external
/// asset, so they print and work offline. Sizes are in SVG user units and
/// scale with the page.
/// </summary>
public static class Charts
{
    public sealed record RuleBar(string Code, string Title, int Count, Severity Severity);

    const int Row = 26, LabelWidth = 230, BarMax = 300, Width = LabelWidth + BarMax + 50;

    /// <summary>Findings per rule, most frequent first; each bar links to the rule's explanation.</summary>
    public static string FindingsPerRule(IReadOnlyList<RuleBar> bars)
    {
        if (bars.Count == 0) return "<p class=\"empty-chart\">没有发现问题。</p>";
        int max = bars.Max(b => b.Count);
        int height = bars.Count * Row + 4;
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"各规则问题数\">");
        for (int i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            int y = i * Row + 2;
            int w = Math.Max(2, (int)Math.Round(BarMax * (decimal)b.Count / max));
            sb.Append($"<a href=\"#{Html.RuleAnchor(b.Code)}\" class=\"bar {Html.Sev(b.Severity)}\">");
            sb.Append($"<title>{Html.E(b.Code)} {Html.E(b.Title)}：{b.Count} 处</title>");
            sb.Append($"<text x=\"0\" y=\"{y + 17}\" class=\"code\">{Html.E(b.Code)}</text>");
            sb.Append($"<text x=\"52\" y=\"{y + 17}\" class=\"lbl\">{Html.E(Clip(b.Title, 11))}</text>");
            sb.Append($"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{w}\" height=\"{Row - 8}\" rx=\"2\"/>");
            sb.Append($"<text x=\"{LabelWidth + w + 6}\" y=\"{y + 17}\" class=\"val\">{b.Count}</text>");
            sb.Append("</a>");
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Forms per grade (优/良/中/差 by recomputed total), as columns.</summary>
    public static string GradeDistribution(IReadOnlyList<(string Grade, int Count)> grades)
    {
        const int col = 84, gap = 28, plot = 150, top = 22, bottom = 40;
        int width = grades.Count * (col + gap);
        int total = grades.Sum(g => g.Count);
        int max = Math.Max(1, grades.Max(g => g.Count));
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chart\" viewBox=\"0 0 {width} {top + plot + bottom}\" width=\"{width}\" height=\"{top + plot + bottom}\" role=\"img\" aria-label=\"等级分布\">");
        sb.Append($"<line x1=\"0\" x2=\"{width}\" y1=\"{top + plot}\" y2=\"{top + plot}\" class=\"axis\"/>");
        for (int i = 0; i < grades.Count; i++)
        {
            var (grade, count) = grades[i];
            int x = i * (col + gap) + gap / 2;
            int h = count == 0 ? 0 : Math.Max(2, (int)Math.Round(plot * (decimal)count / max));
            var share = total == 0 ? "" : $"{Math.Round(100m * count / total, 0, MidpointRounding.AwayFromZero)}%";
            sb.Append($"<g class=\"grade-col {Grades.Class(grade)}\"><title>{Html.E(grade)}：{count} 张表</title>");
            sb.Append($"<rect x=\"{x}\" y=\"{top + plot - h}\" width=\"{col}\" height=\"{h}\" rx=\"2\"/>");
            sb.Append($"<text x=\"{x + col / 2}\" y=\"{top + plot - h - 6}\" class=\"val\" text-anchor=\"middle\">{count}</text>");
            sb.Append($"<text x=\"{x + col / 2}\" y=\"{top + plot + 20}\" class=\"gname\" text-anchor=\"middle\">{Html.E(grade)}</text>");
            sb.Append($"<text x=\"{x + col / 2}\" y=\"{top + plot + 35}\" class=\"share\" text-anchor=\"middle\">{share}</text>");
            sb.Append("</g>");
        }
        return sb.Append("</svg>").ToString();
    }

    static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
