using PerfEval.Scoring;
using PerfEval.Values;

namespace PerfEval.Writers.Workbook;

/// <summary>Where the total's formula finds its parts (A1 addresses and ranges).</summary>
/// <param name="NotApplicableWeights">The 分值 cells of the rows marked 不适用, left out of the sums.</param>
public sealed record TotalParts(string BudgetScore, string Scores, string BudgetWeight, string Weights,
    IReadOnlyList<string> NotApplicableWeights, string Budget, string Executed);

/// <summary>
/// The Excel formulas of a corrected sheet, written to compute what
/// ScoringEngine computes under the form's profile (forms.md, "Scoring";
/// docs/fix.md lists them): the rounding places, the over-achievement
/// treatment, the 不适用 rescaling and the execution caps are the profile's.
/// Arguments are A1 addresses. Comparisons that decide a step (a deduction
/// at exactly 30% over, weights adding up to exactly 100) are rounded to 9
/// places first, so binary floating point decides them as decimal does.
/// </summary>
public static class Formulas
{
    /// <summary>A budget counts only when it is a positive number and the executed amount is a number.</summary>
    static string HasRate(string budget, string executed) => $"AND(N({budget})>0,ISNUMBER({executed}))";

    static string Round(string x, ScoringProfile profile) => $"ROUND({x},{profile.RoundingPlaces})";

    /// <summary>x ≥ y as decimal arithmetic decides it, whatever the binary noise of x − y.</summary>
    static string AtLeast(string x, string y) => $"ROUND({x}-{y},9)>=0";

    /// <summary>执行率 as a fraction rounded to 4 places (shown as 15.45%); blank without a budget.</summary>
    public static string Rate(string budget, string executed) =>
        $"IF({HasRate(budget, executed)},ROUND({executed}/{budget},4),\"\")";

    /// <summary>分值 × min(rate, 1); without a rate the engine's figure (0 without a budget, else the stated score clamped) stands.</summary>
    public static string BudgetScore(string budget, string executed, string weight, decimal withoutRate, ScoringProfile profile) =>
        $"IF({HasRate(budget, executed)},{Round($"MAX({weight}*MIN({executed}/{budget},1),0)", profile)},{N(withoutRate)})";

    /// <summary>
    /// weight × min(actual / target, 1); a target of 0 or below is met or not (full or 0);
    /// at deductAt or more above the target, the profile's over-achievement treatment.
    /// </summary>
    public static string Positive(string weight, string target, string actual, ScoringProfile profile)
    {
        var normal = $"{weight}*MIN({actual}/{target},1)";
        var band = N(1m + profile.OverAchievementDeductAt);
        var far = AtLeast(actual, $"{target}*{band}");
        var scored = profile.OverAchievementTreatment switch
        {
            OverAchievementTreatment.Flat => $"IF({far},MAX({weight}-{N(profile.OverAchievementDeductPoints)},0),{normal})",
            // 适度调减: the share by which the actual overshoots target × (1 + deductAt) comes off the weight.
            OverAchievementTreatment.Proportional => $"IF({far},MAX({weight}*(1-({actual}/{target}-{band})),0),{normal})",
            _ => normal,
        };
        return Round($"MAX(IF({target}<=0,IF({actual}>={target},{weight},0),{scored}),0)", profile);
    }

    /// <summary>Full when actual ≤ target, else weight × target / actual (0 for a target of 0 or below).</summary>
    public static string Reverse(string weight, string target, string actual, ScoringProfile profile) =>
        Round($"MAX(IF({actual}<={target},{weight},IF({target}<=0,0,{weight}*{target}/{actual})),0)", profile);

    /// <summary>
    /// A target of 0 is a ceiling: an actual at or below it scores full; above it the
    /// score is a person's to set (PE213), so the stated score, kept, is written as a number.
    /// </summary>
    public static string Ceiling(string weight, string target, string actual, decimal kept, ScoringProfile profile) =>
        $"IF({actual}<={target},{Round($"MAX({weight},0)", profile)},{N(kept)})";

    /// <summary>
    /// The sum of the item scores — brought to 100 when 不适用 rows are left out and the
    /// profile rescales (×100 ÷ the applicable weights, when all weights add up to 100) —
    /// rounded, never above the applicable weights nor 100, and capped by execution rate
    /// where the profile caps it (the lowest threshold the rate is under decides).
    /// </summary>
    public static string Total(TotalParts p, ScoringProfile profile)
    {
        var sum = $"SUM({p.BudgetScore},{p.Scores})";
        var weights = $"SUM({p.BudgetWeight},{p.Weights})";
        string total = sum, limit = weights;
        if (p.NotApplicableWeights.Count > 0)
        {
            var excluded = $"SUM({string.Join(",", p.NotApplicableWeights)})";
            var applicable = $"({weights}-{excluded})";
            limit = applicable;
            if (profile.RescaleNotApplicable)
            {
                var rescaled = $"AND({excluded}>0,{applicable}>0,ROUND({weights},9)=100)";
                total = $"IF({rescaled},{sum}*100/{applicable},{sum})";
                limit = $"IF({rescaled},100,{applicable})";
            }
        }
        var limited = $"MIN({Round(total, profile)},MAX(MIN({limit},100),0))";
        if (profile.ExecutionCaps.Count == 0) return limited;
        var chain = "100";
        foreach (var cap in profile.ExecutionCaps.OrderByDescending(c => c.RateBelow))
            chain = $"IF(NOT({AtLeast($"{p.Executed}/{p.Budget}", N(cap.RateBelow / 100m))}),{N(cap.MaxTotal)},{chain})";
        return $"MIN({limited},IF({HasRate(p.Budget, p.Executed)},{chain},100))";
    }

    public static string Sum(params string[] parts) => $"SUM({string.Join(",", parts)})";

    public static string Grade(string total, ScoringProfile profile) =>
        $"IF({total}>={N(profile.GradeExcellent)},\"优\",IF({total}>={N(profile.GradeGood)},\"良\",IF({total}>={N(profile.GradeFair)},\"中\",\"差\")))";

    public static string N(decimal d) => Fmt.N(d);
}
