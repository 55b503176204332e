using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Model;

/// <summary>One form with its recomputation and findings.</summary>
public sealed record FormResult(Form Form, FormScore Score, IReadOnlyList<Finding> Findings);

/// <summary>One input file: file-level findings (PE001, PE002) and its forms.</summary>
public sealed record FileResult(string Path, IReadOnlyList<Finding> Findings, IReadOnlyList<FormResult> Forms)
{
    public IEnumerable<Finding> AllFindings => Findings.Concat(Forms.SelectMany(f => f.Findings));
}
