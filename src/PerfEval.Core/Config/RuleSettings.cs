using System.Collections.Immutable;
using PerfEval.Findings;
using PerfEval.Rules;

namespace PerfEval.Config;

/// <summary>
/// Per-rule severity overrides from the configuration; a rule set to null is off.
/// Immutable: one instance is shared by every parallel check of a run.
/// </summary>
public sealed class RuleSettings
{
    readonly ImmutableDictionary<string, Severity?> _overrides;

    RuleSettings(ImmutableDictionary<string, Severity?> overrides) => _overrides = overrides;

    public RuleSettings() : this(ImmutableDictionary.Create<string, Severity?>(StringComparer.OrdinalIgnoreCase)) { }

    public static RuleSettings Default { get; } = new();

    /// <summary>These settings with one rule's severity changed (null turns it off).</summary>
    public RuleSettings With(string code, Severity? severity) => new(_overrides.SetItem(code, severity));

    /// <summary>The finding with its configured severity, or null when its rule is off.</summary>
    public Finding? Apply(Finding f)
    {
        if (!_overrides.TryGetValue(f.Rule, out var s)) return f;
        return s is null ? null : f with { Severity = s.Value };
    }

    public Severity? SeverityOf(RuleInfo rule) =>
        _overrides.TryGetValue(rule.Code, out var s) ? s : rule.DefaultSeverity;
}
