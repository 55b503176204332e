using PerfEval.Model;

namespace PerfEval.Model;

public enum Direction { Positive, Reverse, Qualitative }

/// <summary>An indicator as the national rules score it.</summary>
public sealed record IndicatorScore(
    Indicator Indicator,
    Direction Direction,
    decimal? TargetNumber,
    decimal? ActualNumber,
    /// <summary>Recomputed score before rounding; null for a qualitative indicator or a missing weight.</summary>
    decimal? Raw,
    /// <summary>Raw rounded to 2 decimals, half away from zero.</summary>
    decimal? Rounded,
    /// <summary>What this indicator adds to the recomputed total.</summary>
    decimal Counted);

/// <summary>The recomputation of one form.</summary>
public sealed class FormScore
{
    /// <summary>全年预算数, or 年初预算数 when it is blank.</summary>
    public decimal? Budget { get; init; }
    public decimal? Executed { get; init; }
    /// <summary>Execution rate as a fraction (0.1545); null without a positive budget.</summary>
    public decimal? Rate { get; init; }
    public decimal BudgetWeight { get; init; }
    public decimal? BudgetScoreRaw { get; init; }
    public decimal BudgetScore { get; init; }
    public required IReadOnlyList<IndicatorScore> Indicators { get; init; }
    /// <summary>Budget weight plus every indicator weight, as stated.</summary>
    public decimal WeightSum { get; init; }
    /// <summary>Budget score plus every indicator score, as stated.</summary>
    public decimal ItemSum { get; init; }
    public decimal RecomputedTotal { get; init; }
    public decimal? Cap { get; init; }
    public required string Grade { get; init; }

    public decimal? RatePercent => Rate * 100m;
}
