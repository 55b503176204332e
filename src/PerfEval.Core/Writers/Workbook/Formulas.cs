using System.Globalization;
using PerfEval.Scoring;
using PerfEval.Values;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// The Excel formulas of a corrected sheet, written to compute what
/// ScoringEngine computes (forms.md, "Scoring"). Arguments are A1 addresses.
/// </summary>
public static class Formulas
{
    /// <summary>A budget counts only when it is a positive number and the executed amount is a number.</summary>
    static string HasRate(string budget, string executed) => $"AND(N({budget})>0,ISNUMBER({executed}))";

    /// <summary>执行率 as a fraction rounded to 4 places (shown as 15.45%); blank without a budget.</summary>
    public static string Rate(string budget, string executed) =>
        $"IF({HasRate(budget, executed)},ROUND({executed}/{budget},4),\"\")";

    /// <summary>分值 × min(rate, 1); without a rate the stated score stands (clamped), as the engine keeps it.</summary>
    public static string BudgetScore(string budget, string executed, string weight, decimal withoutRate) =>
        $"IF({HasRate(budget, executed)},ROUND(MAX({weight}*MIN({executed}/{budget},1),0),2),{N(withoutRate)})";

    /// <summary>weight × min(actual / target, 1); a zero target scores full for any non-negative actual.</summary>
    public static string Positive(string weight, string target, string actual, ScoringProfile profile)
    {
        var normal = $"{weight}*MIN({actual}/{target},1)";
        if (profile.OverAchievementDeducts)
            normal = $"IF(AND({target}>0,{actual}>={target}*{N(1m + profile.OverAchievementDeductAt)}),MAX({weight}-{N(profile.OverAchievementDeductPoints)},0),{normal})";
        return $"ROUND(MAX(IF({target}=0,IF({actual}>=0,{weight},0),{normal}),0),2)";
    }

    /// <summary>Full when actual ≤ target (or zero), else weight × target / actual.</summary>
    public static string Reverse(string weight, string target, string actual) =>
        $"ROUND(MAX(IF(OR({actual}=0,{actual}<={target}),{weight},{weight}*{target}/{actual}),0),2)";

    /// <summary>The sum of the item scores, capped by execution rate where the profile caps it.</summary>
    public static string Total(string budgetScore, string indicatorScores, string budget, string executed, ScoringProfile profile)
    {
        var sum = $"SUM({budgetScore},{indicatorScores})";
        if (profile.ExecutionCaps.Count == 0) return $"ROUND({sum},2)";
        // The lowest threshold the rate is under decides, as ScoringProfile.CapFor does.
        var chain = sum;
        foreach (var cap in profile.ExecutionCaps.OrderByDescending(c => c.RateBelow))
            chain = $"IF({executed}/{budget}<{N(cap.RateBelow / 100m)},{N(cap.MaxTotal)},{chain})";
        return $"ROUND(IF({HasRate(budget, executed)},MIN({sum},{chain}),{sum}),2)";
    }

    public static string Sum(params string[] parts) => $"SUM({string.Join(",", parts)})";

    public static string Grade(string total, ScoringProfile profile) =>
        $"IF({total}>={N(profile.GradeExcellent)},\"优\",IF({total}>={N(profile.GradeGood)},\"良\",IF({total}>={N(profile.GradeFair)},\"中\",\"差\")))";

    public static string N(decimal d) => Fmt.N(d);
}
