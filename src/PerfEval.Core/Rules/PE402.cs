using System.Text.RegularExpressions;
using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Rules;

/// <summary>
/// Counts quoted in the goal and analysis texts against the indicator that
/// measures the same thing: 14名驻村工作人员 against 驻村工作人员数量 4人, or
/// 培训人数2人 against 培训人数. The indicator is the one whose name holds the
/// longest part (3 characters or more) of the counted noun and whose unit
/// counts the same way (名, 人 and 人次 alike). A count agreeing with the
/// target or the actual is fine.
/// </summary>
public sealed partial class PE402 : FormRule
{
    public override RuleInfo Info { get; } = new("PE402", Severity.Warning, "narrative-count-mismatch",
        "文字中引用的数量（如“14名驻村工作人员”）与衡量同一事项的指标不符")
    {
        Title = "文字所述数量与指标不符",
        English = "a count in the text contradicts the indicator measuring it",
    };

    const string Units = "人次|名|人|个|户|次|批次|批|家|项|场|期|对|册|套|篇|所|村";

    // A count before its noun: 14名驻村工作人员, 5户贫困户.
    [GeneratedRegex(@"(?<![\d.])(?<n>\d+)(?<u>" + Units + @")(?<noun>[\u4e00-\u9fa5]{2,12})", RegexOptions.CultureInvariant)]
    private static partial Regex CountThenNounRx();
    static readonly Regex CountThenNoun = CountThenNounRx();

    // A noun before its count: 培训人数2人, 接待外宾共26人次, 服务中心6人工资.
    [GeneratedRegex(@"(?<noun>[\u4e00-\u9fa5]{3,16}?)(?:为|达|达到|共|共计|合计|计)?(?<![\d.])(?<n>\d+)(?<u>" + Units + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NounThenCountRx();
    static readonly Regex NounThenCount = NounThenCountRx();

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        if (f.Indicators.Count == 0) yield break;
        foreach (var text in Narrative.Of(f))
        {
            // A count may read either way; the reading that finds an indicator wins, the one after the count first.
            var quotes = CountThenNoun.Matches(text.Key).Select(m => (m, Parts: Prefixes(m.Groups["noun"].Value)))
                .Concat(NounThenCount.Matches(text.Key).Select(m => (m, Parts: Suffixes(m.Groups["noun"].Value))))
                .GroupBy(q => q.m.Groups["n"].Index);
            foreach (var readings in quotes)
            {
                var (m, measuring, part) = readings
                    .Select(q => (q.m, Measuring(f, q.Parts, Family(q.m.Groups["u"].Value))))
                    .Select(q => (q.m, q.Item2.Indicators, q.Item2.Part))
                    .FirstOrDefault(q => q.Indicators.Count > 0);
                if (m is null) continue;
                var n = Narrative.Parse(m.Groups["n"].Value);
                if (measuring.Any(i => i.Target.Number == n || i.Actual.Number == n)) continue;

                var ind = measuring[0];
                var shown = (text.IsPlan && ind.Target.Number is not null) || ind.Actual.Number is null
                    ? (Value: ind.Target, Name: "年度指标值", Ref: ind.TargetRef)
                    : (Value: ind.Actual, Name: "实际完成值", Ref: ind.ActualRef);
                var quote = m.Groups["noun"].Index < m.Groups["n"].Index
                    ? part + text.Key[(m.Groups["noun"].Index + m.Groups["noun"].Length)..(m.Groups["u"].Index + m.Groups["u"].Length)]
                    : m.Groups["n"].Value + m.Groups["u"].Value + part;
                var cell = shown.Ref is null ? "" : $"（{shown.Ref}）";
                yield return Found(
                    $"{text.Where}所述“{quote}”与指标“{Names.Of(ind)}”的{shown.Name} {shown.Value.Raw.Trim().TrimStart('=', '＝')}{cell}不符",
                    text.Field.Ref, shown.Value.Number, n);
            }
        }
    }

    /// <summary>Leading parts of the noun after a count, longest first: 驻村工作人员补助 → 驻村工作人员补 → … → 驻村工.</summary>
    static IEnumerable<string> Prefixes(string noun)
    {
        for (int len = noun.Length; len >= 3; len--) yield return noun[..len];
    }

    /// <summary>Trailing parts of the noun before a count, longest first.</summary>
    static IEnumerable<string> Suffixes(string noun)
    {
        for (int len = noun.Length; len >= 3; len--) yield return noun[^len..];
    }

    /// <summary>The indicators whose name holds the longest part of the noun and whose unit counts alike.</summary>
    static (List<Indicator> Indicators, string Part) Measuring(Form f, IEnumerable<string> parts, string unit)
    {
        foreach (var part in parts)
        {
            var found = f.Indicators.Where(i =>
                i.NameKey.Contains(part, StringComparison.Ordinal)
                && (i.Target.Unit ?? i.Actual.Unit) is { } u && Family(u) == unit).ToList();
            if (found.Count > 0) return (found, part);
        }
        return (new List<Indicator>(), "");
    }

    static string Family(string unit) => unit switch
    {
        "名" or "人" or "人次" => "人",
        "批" or "批次" => "批",
        _ => unit,
    };
}
