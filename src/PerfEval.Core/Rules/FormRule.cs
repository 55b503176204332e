using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Scoring;

namespace PerfEval.Rules;

/// <summary>What a rule sees: the form as read, its recomputation, and the profile.</summary>
public sealed record FormContext(Form Form, FormScore Score, ScoringProfile Profile);

/// <summary>A check on one form. Each rule lives in its own file, named by its code.</summary>
public abstract class FormRule
{
    public abstract RuleInfo Info { get; }

    public abstract IEnumerable<Finding> Check(FormContext ctx);

    protected Finding Found(string message, CellRef? cell, decimal? expected = null, decimal? actual = null) =>
        new(Info.Code, Info.DefaultSeverity, message, cell, expected, actual);
}
