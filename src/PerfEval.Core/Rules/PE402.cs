using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Recognition;

namespace PerfEval.Rules;

public sealed class PE402 : FormRule
{
    public override RuleInfo Info { get; } = new("PE402", Severity.Warning, "narrative-count-mismatch",
        "文字中引用的数量（如“14名驻村工作人员”）与衡量同一事项的指标不符");

    // A count and the noun it counts: 14名驻村工作人员, 5户贫困户.
    static readonly Regex Count = new(@"(?<n>\d+)(?<u>名|人|个|户|次|批|家|项|场|期)(?<noun>[\u4e00-\u9fa5]{2,12})", RegexOptions.CultureInvariant);

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        foreach (var field in new[] { f.GoalExpected, f.GoalActual })
        {
            if (field.IsEmpty) continue;
            foreach (Match m in Count.Matches(TextNorm.Key(field.Text)))
            {
                var n = decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                var unit = Family(m.Groups["u"].Value);
                var (ind, noun) = Measuring(f, m.Groups["noun"].Value, unit);
                if (ind is null) continue;
                var quote = m.Groups["n"].Value + m.Groups["u"].Value + noun;
                var values = new[] { ind.Target, ind.Actual }.Where(v => v.Number is not null).ToList();
                if (values.Count == 0 || values.Any(v => v.Number == n)) continue;
                var shown = (ind.Actual.Number is not null ? ind.Actual : ind.Target).Raw.Trim().TrimStart('=', '＝');
                yield return Found($"文字所述“{quote}”与指标“{Names.Of(ind)}”的 {shown} 不符",
                    field.Ref, values[0].Number, n);
            }
        }
    }

    /// <summary>The indicator whose name holds the counted noun (or its longest leading part) in the same unit family.</summary>
    static (Indicator? Indicator, string Noun) Measuring(Form f, string noun, string unit)
    {
        for (int len = noun.Length; len >= 3; len--)
        {
            var part = noun[..len];
            foreach (var ind in f.Indicators)
            {
                if (!TextNorm.Key(ind.Name).Contains(part, StringComparison.Ordinal)) continue;
                var u = ind.Target.Unit ?? ind.Actual.Unit;
                if (u is not null && Family(u) == unit) return (ind, part);
            }
        }
        return (null, "");
    }

    static string Family(string unit) => unit switch
    {
        "名" or "人" or "人次" => "人",
        "批" or "批次" => "批",
        _ => unit,
    };
}
