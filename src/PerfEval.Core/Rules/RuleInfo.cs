using PerfEval.Findings;

namespace PerfEval.Rules;

/// <summary>
/// A rule's public contract, declared once in the rule's own file. Everything
/// else that describes a rule — `perfeval rules`, the report, the header of
/// its page, docs/rules/README.md, the README table, the schema — is read or
/// generated from here (tools/PerfEval.Generate).
/// </summary>
public sealed record RuleInfo(string Code, Severity DefaultSeverity, string ShortName, string Summary)
{
    /// <summary>The Chinese title an accountant reads (the page heading, the report's rule heading).</summary>
    public string Title { get; init; } = "";

    /// <summary>The one line of the README's English rule table.</summary>
    public string English { get; init; } = "";

    /// <summary>What `fix --docx` may write into the cell a finding of this rule points at.</summary>
    public Correction Fix { get; init; } = Correction.None;

    /// <summary>The number block: PE0xx file and form, PE1xx funding, PE2xx indicators, PE3xx total, PE4xx text.</summary>
    public RuleCategory Category => RuleCategories.Of(Code);

    /// <summary>The rule's page, relative to the repository (embedded in the library as rules/CODE.md).</summary>
    public string DocPage => $"docs/rules/{Code}.md";
}

/// <summary>What `fix --docx` does with a finding besides noting it in a comment.</summary>
public enum Correction
{
    /// <summary>Needs a person: a comment only.</summary>
    None,
    /// <summary>The stated 总分 is replaced by the recomputed total.</summary>
    RecomputedTotal,
    /// <summary>The stated score is replaced by the finding's expected value.</summary>
    ExpectedScore,
    /// <summary>The stated 执行率 is replaced by the finding's expected value, written as a rate.</summary>
    ExpectedRate,
}

public enum RuleCategory { File = 0, Funding = 1, Indicators = 2, Total = 3, Narrative = 4 }

public static class RuleCategories
{
    public static RuleCategory Of(string code) =>
        code.Length == 5 && code[2] is >= '0' and <= '4' ? (RuleCategory)(code[2] - '0')
            : throw new ArgumentException($"rule code {code} is not PE0xx–PE4xx", nameof(code));

    /// <summary>The block's Chinese name, as the rule tables head it.</summary>
    public static string Name(this RuleCategory c) => c switch
    {
        RuleCategory.File => "文件与表格",
        RuleCategory.Funding => "资金与预算执行",
        RuleCategory.Indicators => "绩效指标",
        RuleCategory.Total => "分值与总分",
        _ => "文字说明",
    };
}
