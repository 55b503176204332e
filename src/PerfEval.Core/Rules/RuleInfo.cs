using PerfEval.Findings;

namespace PerfEval.Rules;

/// <summary>A rule's public contract: its code, default severity, short name and one-line description.</summary>
public sealed record RuleInfo(string Code, Severity DefaultSeverity, string ShortName, string Summary);
