using System.Text.RegularExpressions;
using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// Indicator names a reviewer sends back: the same indicator twice, a template
/// placeholder (指标1：, ……) carrying a weight or a score, and a unit that
/// cannot measure what the name says (a 费用 in 次, a 人数 in 元, a 率 in 人).
/// </summary>
public sealed partial class PE212 : FormRule
{
    public override RuleInfo Info { get; } = new("PE212", Severity.Warning, "indicator-name-suspect",
        "指标重复、指标名称为模板占位（指标1：、……）却有分值或得分，或计量单位与指标名称不符")
    {
        Title = "指标重复、占位名称或单位不符",
        English = "a duplicate indicator, a placeholder name with points, or a unit that cannot belong",
    };

    [GeneratedRegex(@"^(?:指标\s*\d*\s*[：:]?|[.…。·\-—_\s]*|\d+|三级指标|指标名称)$")]
    private static partial Regex Placeholder();

    static readonly string[] MoneyWords = { "费用", "经费", "资金", "金额", "成本", "费" };
    static readonly string[] CountWords = { "次数", "人数", "户数", "批次", "场次", "个数", "件数" };
    static readonly HashSet<string> CountUnits = new() { "次", "人", "个", "批", "场", "项", "户", "篇", "册", "家", "名", "人次", "批次", "场次", "户次", "期", "件" };
    static readonly HashSet<string> MoneyUnits = new() { "元", "万", "亿" };
    static readonly HashSet<string> RateUnits = new() { "%", "‰", "百分点" };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ind in ctx.Form.Indicators)
        {
            var name = TextNorm.Key(Names.Strip(ind.Name));
            bool carries = ind.Weight.Value is > 0m || ind.Score.Value is > 0m;
            if (Placeholder().IsMatch(name))
            {
                if (carries)
                    yield return Found(
                        $"{ind.Level2}第 {ind.Number} 项指标的名称是模板占位“{ind.Name.Trim()}”，却有分值 {Fmt.S(ind.Weight)}、得分 {Fmt.S(ind.Score)}，请填写指标名称",
                        ind.Ref);
                continue;
            }
            // Each repeated name once, at its second row: a pasted block of 500 rows is one problem, not 499.
            if (!seen.TryGetValue(name, out var first)) seen[name] = ind.Number;
            else if (reported.Add(name))
                yield return Found($"指标“{Names.Of(ind)}”与第 {first} 项指标重复", ind.Ref);

            var unit = Numerator(ind.Target.Unit ?? ind.Actual.Unit);
            if (unit is null) continue;
            string? why =
                MoneyWords.Any(w => name.EndsWith(w, StringComparison.Ordinal) || name.Contains(w + "支出")) && CountUnits.Contains(unit) ? "金额" :
                CountWords.Any(w => name.Contains(w, StringComparison.Ordinal)) && MoneyUnits.Contains(unit) ? "数量" :
                name.EndsWith("率", StringComparison.Ordinal) && !RateUnits.Contains(unit) ? "比率" : null;
            if (why is not null)
                yield return Found($"指标“{Names.Of(ind)}”衡量的是{why}，计量单位却是“{unit}”（指标值 {ind.Target.Raw.Trim()}）", ind.TargetRef ?? ind.Ref);
        }
    }

    static string? Numerator(string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return null;
        var slash = unit.IndexOf('/');
        var n = slash < 0 ? unit : unit[..slash];
        return n.Length == 0 ? null : n;
    }
}
