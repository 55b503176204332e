using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Rules;

namespace PerfEval.Cli;

/// <summary>
/// `--select CODES` / `--ignore CODES` for one run, on top of the
/// configuration (as ruff's): comma-separated codes or prefixes (PE2 = every
/// PE2xx rule). --select keeps only the findings of the rules it names;
/// --ignore then drops those it names. A rule the configuration turned off
/// stays off. A code or prefix that names no rule is a usage error, so a typo
/// cannot silently select nothing.
/// </summary>
public sealed class RuleSelection
{
    readonly IReadOnlyList<string>? _select;
    readonly IReadOnlyList<string> _ignore;

    public RuleSelection(string? select, string? ignore)
    {
        _select = select is null ? null : Parse("--select", select);
        _ignore = ignore is null ? Array.Empty<string>() : Parse("--ignore", ignore);
    }

    public bool IsEverything => _select is null && _ignore.Count == 0;

    static IReadOnlyList<string> Parse(string option, string text)
    {
        var codes = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).ToList();
        if (codes.Count == 0) throw new UsageException($"{option} 的值为空：应为逗号分隔的规则代码，如 PE204,PE3");
        foreach (var c in codes)
            if (!RuleCatalog.All.Any(r => r.Code.StartsWith(c, StringComparison.Ordinal)))
                throw new UsageException($"{option} 中的 {c} 不是规则代码或其前缀（perfeval rules 列出全部规则）");
        return codes;
    }

    public bool Keeps(string rule)
    {
        bool Named(IEnumerable<string> codes) => codes.Any(c => rule.StartsWith(c, StringComparison.OrdinalIgnoreCase));
        return (_select is null || Named(_select)) && !Named(_ignore);
    }

    /// <summary>The result with only the findings this run reports.</summary>
    public FileResult Apply(FileResult file) => IsEverything ? file : FindingFilter.Keep(file, (_, f) => Keeps(f.Rule));
}

/// <summary>Rebuilds a FileResult keeping the findings a predicate accepts (the form is null for file-level findings).</summary>
public static class FindingFilter
{
    public static FileResult Keep(FileResult file, Func<FormResult?, Finding, bool> keep) =>
        file with
        {
            Findings = file.Findings.Where(f => keep(null, f)).ToList(),
            Forms = file.Forms.Select(form => form with { Findings = form.Findings.Where(f => keep(form, f)).ToList() }).ToList(),
        };
}
