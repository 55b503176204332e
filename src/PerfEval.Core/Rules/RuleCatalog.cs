namespace PerfEval.Rules;

/// <summary>
/// Every rule, in code order: the one list the pipeline, the docs and `perfeval rules` use.
/// The list itself (RuleCatalog.g.cs) is generated from the rule types of this folder by
/// `dotnet run --project tools/PerfEval.Generate`; a test fails when it is stale. A plain
/// list, not reflection at run time, so that trimming and NativeAOT keep every rule.
/// </summary>
public static partial class RuleCatalog
{
    /// <summary>The checks run on each recognized form.</summary>
    public static IReadOnlyList<FormRule> FormRules { get; } = CreateFormRules();

    /// <summary>Every rule, the file-level ones the pipeline raises (PE001, PE002) included, in code order.</summary>
    public static IReadOnlyList<RuleInfo> All { get; } =
        FileRules().Concat(FormRules.Select(r => r.Info)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();

    public static RuleInfo? Find(string code) =>
        All.FirstOrDefault(r => string.Equals(r.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The rule's documentation page (docs/rules/CODE.md, embedded at build time).</summary>
    public static string? Documentation(string code)
    {
        var info = Find(code);
        if (info is null) return null;
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream($"rules/{info.Code}.md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
