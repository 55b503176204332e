namespace PerfEval.Config;

/// <summary>Rule severities of an override block laid over those so far.</summary>
internal static class RuleOverrides
{
    public static RuleSettings Merge(RuleSettings rules, IReadOnlyList<(string Code, Findings.Severity? Severity)> pairs)
    {
        if (pairs.Count == 0) return rules;
        var merged = rules.Copy();
        foreach (var (code, severity) in pairs) merged.Set(code, severity);
        return merged;
    }
}
