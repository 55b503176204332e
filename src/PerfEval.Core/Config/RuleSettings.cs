using PerfEval.Findings;
using PerfEval.Rules;

namespace PerfEval.Config;

/// <summary>Per-rule severity overrides from the configuration; a rule set to null is off.</summary>
public sealed class RuleSettings
{
    readonly Dictionary<string, Severity?> _overrides = new(StringComparer.OrdinalIgnoreCase);

    public static RuleSettings Default { get; } = new();

    public void Set(string code, Severity? severity) => _overrides[code] = severity;

    internal RuleSettings Copy()
    {
        var c = new RuleSettings();
        foreach (var (k, v) in _overrides) c._overrides[k] = v;
        return c;
    }

    /// <summary>The finding with its configured severity, or null when its rule is off.</summary>
    public Finding? Apply(Finding f)
    {
        if (!_overrides.TryGetValue(f.Rule, out var s)) return f;
        return s is null ? null : f with { Severity = s.Value };
    }

    public Severity? SeverityOf(RuleInfo rule) =>
        _overrides.TryGetValue(rule.Code, out var s) ? s : rule.DefaultSeverity;
}
