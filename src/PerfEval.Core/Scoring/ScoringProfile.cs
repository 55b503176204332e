namespace PerfEval.Scoring;

/// <summary>A total cap by execution rate: below RateBelow percent the total is at most MaxTotal.</summary>
public sealed record ExecutionCap(decimal RateBelow, decimal MaxTotal);

/// <summary>
/// Every scoring setting of forms.md. The defaults are the national rules
/// (财预〔2020〕10号); regional profiles and perfeval.json override them.
/// </summary>
public sealed record ScoringProfile
{
    public string Name { get; init; } = "national";

    /// <summary>分值 of 预算执行率.</summary>
    public decimal BudgetWeight { get; init; } = 10m;

    /// <summary>Recommended 一级 split: 产出, 效益, 满意度 (PE207).</summary>
    public decimal OutputWeight { get; init; } = 50m;
    public decimal BenefitWeight { get; init; } = 30m;
    public decimal SatisfactionWeight { get; init; } = 10m;

    /// <summary>Qualitative bands, percent of the weight: achieved ≥ High, not achieved below Low.</summary>
    public decimal QualitativeHigh { get; init; } = 80m;
    public decimal QualitativeLow { get; init; } = 60m;

    /// <summary>PE205 fires when a positive indicator's actual exceeds its target by more than this fraction.</summary>
    public decimal OverAchievementThreshold { get; init; } = 0.2m;
    /// <summary>Some provinces deduct points for a target set too low instead of merely flagging it.</summary>
    public bool OverAchievementDeducts { get; init; }
    public decimal OverAchievementDeductAt { get; init; } = 0.3m;
    public decimal OverAchievementDeductPoints { get; init; } = 2m;

    /// <summary>Total caps by execution rate (PE305); empty nationally. Checked from the lowest RateBelow up.</summary>
    public IReadOnlyList<ExecutionCap> ExecutionCaps { get; init; } = Array.Empty<ExecutionCap>();

    /// <summary>Lower bounds of the grades 优, 良, 中; below Fair is 差.</summary>
    public decimal GradeExcellent { get; init; } = 90m;
    public decimal GradeGood { get; init; } = 80m;
    public decimal GradeFair { get; init; } = 60m;

    /// <summary>Indicators under 成本指标 without a comparator score as reverse (lower is better).</summary>
    public bool CostIsReverse { get; init; } = true;

    public static ScoringProfile National { get; } = new();

    public string Grade(decimal total) =>
        total >= GradeExcellent ? "优" : total >= GradeGood ? "良" : total >= GradeFair ? "中" : "差";

    /// <summary>The cap on the total for a rate in percent, or null when none applies.</summary>
    public decimal? CapFor(decimal ratePercent)
    {
        decimal? cap = null;
        foreach (var c in ExecutionCaps.OrderByDescending(c => c.RateBelow))
            if (ratePercent < c.RateBelow) cap = c.MaxTotal;
        return cap;
    }
}
