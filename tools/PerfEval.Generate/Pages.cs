using System.Text;
using PerfEval.Rules;

namespace PerfEval.Generate;

/// <summary>The head of a rule page — its title line and the table of its metadata — is generated; the sections below are written by hand.</summary>
public static class Pages
{
    public static string Header(RuleInfo i)
    {
        var sb = new StringBuilder();
        sb.Append($"# {i.Code} {i.ShortName} {i.Title}\n\n");
        sb.Append("| 项目 | 内容 |\n|---|---|\n");
        sb.Append($"| 代码 | {i.Code} |\n");
        sb.Append($"| 默认级别 | {Generated.Sev(i.DefaultSeverity)} |\n");
        sb.Append($"| 简称 | {i.ShortName} |\n");
        sb.Append($"| 类别 | PE{(int)i.Category}xx {i.Category.Name()} |\n");
        sb.Append($"| 说明 | {Generated.Cell(i.Summary)} |\n");
        sb.Append($"| fix --docx | {Generated.FixText(i.Fix)} |\n\n");
        return sb.ToString();
    }

    /// <summary>The page with its head replaced: everything before the first `## ` section.</summary>
    public static string WithHeader(string page, RuleInfo info)
    {
        int body = page.StartsWith("## ", StringComparison.Ordinal) ? 0 : page.IndexOf("\n## ", StringComparison.Ordinal) + 1;
        if (body <= 0 && !page.StartsWith("## ", StringComparison.Ordinal))
            throw new InvalidOperationException($"{info.DocPage} has no `## ` section");
        return Header(info) + page[body..];
    }
}
