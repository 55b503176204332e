using System.Text.RegularExpressions;

namespace PerfEval.Writers.Workbook;

/// <summary>The template's year line with the form's year put in: 填列单位（公章）：（ 2021 年度）.</summary>
public static partial class YearLine
{
    [GeneratedRegex(@"（[^（）]*年度）|\([^()]*年度\)")]
    private static partial Regex Pattern();

    public static string Fill(string template, int year)
    {
        var filled = $"（ {year} 年度）";
        if (Pattern().IsMatch(template)) return Pattern().Replace(template, filled, 1);
        return template.Trim().Length == 0 ? filled : template.TrimEnd() + filled;
    }
}
