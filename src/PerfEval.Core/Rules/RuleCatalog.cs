namespace PerfEval.Rules;

/// <summary>Every rule, in code order. The single list the pipeline, the docs and `perfeval rules` use.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<FormRule> FormRules { get; } = new FormRule[]
    {
        new PE003(), new PE004(), new PE005(), new PE006(),
        new PE101(), new PE102(), new PE103(), new PE104(), new PE105(),
        new PE201(), new PE202(), new PE203(), new PE204(), new PE205(), new PE206(), new PE207(), new PE208(),
        new PE301(), new PE302(), new PE303(), new PE304(), new PE305(),
        new PE401(), new PE402(),
    };

    public static IReadOnlyList<RuleInfo> All { get; } =
        new[] { PE001.Info, PE002.Info }.Concat(FormRules.Select(r => r.Info)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();

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
