namespace PerfEval.Config;

/// <summary>Rule severities of an override block laid over those so far.</summary>
internal static class RuleOverrides
{
    public static RuleSettings Merge(RuleSettings rules, IReadOnlyList<(string Code, Findings.Severity? Severity)> pairs)
    {
        foreach (var (code, severity) in pairs) rules = rules.With(code, severity);
        return rules;
    }
}
