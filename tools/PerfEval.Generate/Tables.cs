using PerfEval.Rules;
using System.Text;

namespace PerfEval.Generate;

/// <summary>The rule tables of docs/rules/README.md (Chinese, by number block) and README.md (English).</summary>
public static class Tables
{
    public static string Chinese(IReadOnlyList<RuleType> rules)
    {
        var sb = new StringBuilder();
        foreach (var block in rules.GroupBy(r => r.Info.Category))
        {
            sb.Append($"\n### PE{(int)block.Key}xx {block.Key.Name()}\n\n");
            sb.Append("| 代码 | 默认级别 | 简称 | 名称 | 说明 | fix --docx |\n|---|---|---|---|---|---|\n");
            foreach (var r in block.Select(r => r.Info))
                sb.Append($"| [{r.Code}]({r.Code}.md) | {Generated.Sev(r.DefaultSeverity)} | {r.ShortName} | {Generated.Cell(r.Title)} | {Generated.Cell(r.Summary)} | {Generated.FixText(r.Fix)} |\n");
        }
        return sb.Append('\n').ToString();
    }

    public static string English(IReadOnlyList<RuleType> rules)
    {
        var sb = new StringBuilder("| code | default | name | fires when |\n|---|---|---|---|\n");
        foreach (var r in rules.Select(r => r.Info))
            sb.Append($"| [{r.Code}]({r.DocPage}) | {Generated.Sev(r.DefaultSeverity)} | {r.ShortName} | {Generated.Cell(r.English)} |\n");
        return sb.ToString();
    }
}
