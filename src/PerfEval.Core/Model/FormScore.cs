using PerfEval.Model;

namespace PerfEval.Model;

public enum Direction { Positive, Reverse, Qualitative }

/// <summary>Whether the indicator met its target, as far as perfeval can tell.</summary>
public enum Verdict { Unknown, Met, Missed }

/// <summary>An indicator as the national rules score it.</summary>
public sealed record IndicatorScore(
    Indicator Indicator,
    Direction Direction,
    decimal? TargetNumber,
    decimal? ActualNumber,
    /// <summary>Recomputed score before rounding; null for a qualitative indicator, a missing weight or a missed zero target.</summary>
    decimal? Raw,
    /// <summary>Raw rounded to the profile's places (2), half away from zero.</summary>
    decimal? Rounded,
    /// <summary>What this indicator adds to the recomputed total (before any 不适用 rescaling).</summary>
    decimal Counted)
{
    public Verdict Verdict { get; init; }
    /// <summary>Marked 不适用 / 不涉及 / 无此项 without a score: left out of every sum.</summary>
    public bool NotApplicable { get; init; }
    /// <summary>A target of 0 (安全事故 0次) exceeded: a miss that cannot be scored pro rata; the stated score is kept.</summary>
    public bool ZeroTargetMissed { get; init; }
    /// <summary>The word that made the indicator reverse by meaning (结余率, 投诉…), when that is why.</summary>
    public string? ReverseWord { get; init; }
    /// <summary>A 时效 deadline (10月底前完成) compared with the actual date: the actual is later.</summary>
    public bool DeadlineMissed { get; init; }
}

/// <summary>The recomputation of one form.</summary>
public sealed class FormScore
{
    /// <summary>The execution basis: 全年预算数 (年初预算数 when blank), or the reverse under executionBasis "initial".</summary>
    public decimal? Budget { get; init; }
    /// <summary>Budget was read from 年初预算数 (the basis, or 全年预算数 was blank); every later stage names and uses that column.</summary>
    public bool BudgetFromInitial { get; init; }
    public decimal? Executed { get; init; }
    /// <summary>Execution rate as a fraction (0.1545); null without a positive budget.</summary>
    public decimal? Rate { get; init; }
    /// <summary>The budget weight the form states (the profile's when it states none).</summary>
    public decimal BudgetWeight { get; init; }
    public decimal? BudgetScoreRaw { get; init; }
    public decimal BudgetScore { get; init; }
    public required IReadOnlyList<IndicatorScore> Indicators { get; init; }
    /// <summary>Budget weight plus every applicable indicator weight, as stated (rescaled to 100 when 不适用 rows are rescaled).</summary>
    public decimal WeightSum { get; init; }
    /// <summary>Budget score plus every applicable indicator score, as stated (rescaled likewise).</summary>
    public decimal ItemSum { get; init; }
    /// <summary>The weight of the rows marked 不适用, left out of the sums.</summary>
    public decimal ExcludedWeight { get; init; }
    /// <summary>The factor applied to the applicable scores to bring them to 100 (1 when none).</summary>
    public decimal Scale { get; init; } = 1m;
    public decimal RecomputedTotal { get; init; }
    public decimal? Cap { get; init; }
    /// <summary>优/良/中/差 of the recomputed total; null when the weights do not add up to 100.</summary>
    public string? Grade { get; init; }

    /// <summary>The grade, or why there is none: 不评级（分值合计 85）.</summary>
    public string GradeText => Grade ?? $"不评级（分值合计 {WeightSum.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture)}）";

    public decimal? RatePercent => Rate * 100m;
}
