using System.Text.RegularExpressions;
using PerfEval.Model;

namespace PerfEval.Rules;

/// <summary>How messages name an indicator: its 三级 name without the 指标1： prefix.</summary>
public static class Names
{
    static readonly Regex Prefix = new(@"^指标\s*\d+\s*[：:]\s*", RegexOptions.CultureInvariant);

    /// <summary>The name without its 指标1： prefix (empty for a bare placeholder).</summary>
    public static string Strip(string name) => Prefix.Replace(name, "").Trim();

    public static string Of(Indicator ind)
    {
        var name = Prefix.Replace(ind.Name, "").Trim();
        if (name.Length > 0) return name;
        var fallback = ind.Name.Trim().TrimEnd('：', ':');
        return ind.Level2.Length > 0 ? $"{ind.Level2}·{(fallback.Length > 0 ? fallback : "第" + ind.Number + "项")}" : $"第{ind.Number}项指标";
    }
}
