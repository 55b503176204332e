using PerfEval.Findings;

namespace PerfEval.Writers.Html;

/// <summary>The four grades in report order, and how a grade is shown.</summary>
public static class Grades
{
    public static readonly string[] Order = { "优", "良", "中", "差" };

    /// <summary>g-1 … g-4 by position; an unknown grade gets the neutral class.</summary>
    public static string Class(string grade)
    {
        int i = Array.IndexOf(Order, grade);
        return i < 0 ? "g-0" : "g-" + (i + 1);
    }

    public static string Pill(string grade) => $"<span class=\"grade {Class(grade)}\">{Html.E(grade)}</span>";
}

/// <summary>Severity counts as small coloured chips.</summary>
public static class Counts
{
    public static string Chips(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return Chips(list.Count(f => f.Severity == Severity.Error), list.Count(f => f.Severity == Severity.Warning),
            list.Count(f => f.Severity == Severity.Info));
    }

    public static string Chips(int errors, int warnings, int infos)
    {
        if (errors + warnings + infos == 0) return "<span class=\"ok\">无问题</span>";
        var parts = new[] { (Severity.Error, errors), (Severity.Warning, warnings), (Severity.Info, infos) }
            .Where(x => x.Item2 > 0)
            .Select(x => $"<span class=\"chip {Html.Sev(x.Item1)}\">{x.Item2} {x.Item1.Chinese()}</span>");
        return string.Join("", parts);
    }
}
