using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Scoring;

/// <summary>
/// Recomputes a form under a profile (forms.md "Scoring", as issue 12 amends it).
/// The form's own weights are the basis: every item is scored against the weight
/// the form states, the profile's weight standing in only where the form states
/// none; the profile's figures are what the form is checked against (PE105,
/// PE207, PE301). So the total never exceeds the form's weight sum, nor 100.
/// </summary>
public static class ScoringEngine
{
    public static FormScore Score(Form form, ScoringProfile profile)
    {
        var fund = form.FundingTotal;
        // The profile's basis, and the other column when that one is blank.
        bool fromInitial = fund is not null && (profile.ExecutionBasis == ExecutionBasis.Initial
            ? fund.Initial.HasValue
            : !fund.FullYear.HasValue && fund.Initial.HasValue);
        decimal? budget = fromInitial ? fund!.Initial.Value : fund?.FullYear.Value;
        decimal? executed = fund?.Executed.Value;
        decimal? rate = budget is > 0 && executed is not null ? executed / budget : null;

        decimal budgetWeight = fund?.Weight.Value is { } sw && sw >= 0m ? sw : profile.BudgetWeight;
        decimal? budgetRaw = rate is null ? null : budgetWeight * Math.Min(Math.Max(rate.Value, 0m), 1m);
        // No budget (0 or blank): nothing was there to execute, so nothing to score (PE108 flags a stated score).
        decimal budgetScore = budgetRaw is { } r ? Round(r, profile)
            : budget is null or <= 0m ? 0m
            : Clamp(fund?.Score.Value ?? 0m, budgetWeight);

        var indicators = form.Indicators.Select(i => ScoreIndicator(i, profile)).ToList();
        var applicable = indicators.Where(s => !s.NotApplicable).ToList();
        decimal excluded = indicators.Where(s => s.NotApplicable).Sum(s => Math.Max(s.Indicator.Weight.Value ?? 0m, 0m));

        decimal weightSum = budgetWeight + (PrintedOnly(form) ?? applicable.Sum(s => s.Indicator.Weight.Value ?? 0m));
        decimal itemSum = (fund?.Score.Value ?? 0m) + applicable.Sum(s => s.Indicator.Score.Value ?? 0m);
        decimal total = budgetScore + applicable.Sum(s => s.Counted);

        // 不适用 rows: the applicable scores brought to the 100 the whole form was weighted on.
        // Multiplied before dividing, as the corrected workbook's formula does: 85.5 × 100 ÷ 90 is 95 exactly.
        decimal scale = 1m;
        if (excluded > 0m && profile.RescaleNotApplicable && weightSum > 0m && weightSum + excluded == 100m)
        {
            scale = 100m / weightSum;
            itemSum = Round(itemSum * 100m / weightSum, profile);
            total = total * 100m / weightSum;
            weightSum = 100m;
        }
        total = Round(total, profile);

        // Never above what the form's weights allow, nor above 100.
        total = Math.Min(total, Math.Max(Math.Min(weightSum, 100m), 0m));
        decimal? cap = rate is null ? null : profile.CapFor(rate.Value * 100m);
        if (cap is not null && total > cap) total = cap.Value;

        return new FormScore
        {
            Budget = budget,
            BudgetFromInitial = fromInitial,
            Executed = executed,
            Rate = rate,
            BudgetWeight = budgetWeight,
            BudgetScoreRaw = budgetRaw,
            BudgetScore = budgetScore,
            Indicators = indicators,
            WeightSum = weightSum,
            ItemSum = itemSum,
            ExcludedWeight = excluded,
            Scale = scale,
            RecomputedTotal = total,
            Cap = cap,
            Grade = weightSum == 100m ? profile.Grade(total) : null,
        };
    }

    /// <summary>
    /// A layout without a 分值 column (湖北 2020 自评表: weights printed only in
    /// 产出指标（60分）…) states no weight per row: the indicators weigh what the
    /// block heading or the 一级 labels print. Null when any row states a weight.
    /// </summary>
    static decimal? PrintedOnly(Form form)
    {
        if (form.Indicators.Count == 0 || form.Indicators.Any(i => i.Weight.Value is not null) || form.HasRole(ColumnRole.Weight)) return null;
        if (form.LabelWeights.FirstOrDefault(l => l.Scope == LabelWeightScope.Indicators) is { } block) return block.Weight;
        var levels = form.LabelWeights.Where(l => l.Scope == LabelWeightScope.Level1).GroupBy(l => l.Level).Select(g => g.First().Weight).ToList();
        return levels.Count == 0 ? null : levels.Sum();
    }

    public static IndicatorScore ScoreIndicator(Indicator ind, ScoringProfile profile)
    {
        decimal? weight = ind.Weight.Value;
        decimal stated = ind.Score.Value ?? 0m;

        if (NotApplicable.Is(ind))
            return new IndicatorScore(ind, Direction.Qualitative, null, null, null, null, 0m) { NotApplicable = true };

        if (!ind.Target.IsQuantitative || !ind.Actual.IsQuantitative
            || !UnitMath.TryAlign(ind.Target, ind.Actual, out var t, out var a))
            return Qualitative(ind, profile, Clamp(stated, weight));

        var (direction, word) = DirectionOf(ind, profile);
        var verdict = direction == Direction.Reverse ? (a <= t ? Verdict.Met : Verdict.Missed) : (a >= t ? Verdict.Met : Verdict.Missed);

        // A target of 0 is a ceiling: 0 meets it; anything above misses it and cannot be scored pro rata.
        if (t == 0m && ind.Target.Comparator is not (Comparator.Ge or Comparator.Gt))
        {
            bool met = a <= 0m;
            decimal? full = weight is { } fw ? Math.Max(fw, 0m) : null;
            decimal? fullRounded = met && full is { } rw ? Round(rw, profile) : null;
            return new IndicatorScore(ind, Direction.Reverse, t, a, met ? full : null, fullRounded, fullRounded ?? Clamp(stated, weight))
            { Verdict = met ? Verdict.Met : Verdict.Missed, ZeroTargetMissed = !met, ReverseWord = word };
        }

        if (weight is null)
            return new IndicatorScore(ind, direction, t, a, null, null, Math.Max(stated, 0m)) { Verdict = verdict, ReverseWord = word };

        decimal w = Math.Max(weight.Value, 0m);
        decimal raw = direction == Direction.Reverse ? Reverse(w, t, a) : Positive(w, t, a, profile);
        raw = Math.Min(Math.Max(raw, 0m), w);
        var rounded = Round(raw, profile);
        return new IndicatorScore(ind, direction, t, a, raw, rounded, rounded) { Verdict = verdict, ReverseWord = word };
    }

    /// <summary>A qualitative indicator keeps its stated score; a 时效 deadline is still compared.</summary>
    static IndicatorScore Qualitative(Indicator ind, ScoringProfile profile, decimal counted)
    {
        var verdict = Verdict.Unknown;
        bool late = false;
        if (ind.IsTimeliness
            && DeadlineText.TryParse(ind.Target.Raw, out var due) && DeadlineText.TryParse(ind.Actual.Raw, out var done))
        {
            late = done.IsAfter(due);
            verdict = late ? Verdict.Missed : Verdict.Met;
        }
        else
        {
            verdict = Wording.Of(ind.Target.Raw, ind.Actual.Raw) switch
            {
                Achievement.Achieved => Verdict.Met,
                Achievement.Partial or Achievement.NotAchieved => Verdict.Missed,
                _ => Verdict.Unknown,
            };
        }
        return new IndicatorScore(ind, Direction.Qualitative, null, null, null, null, counted) { Verdict = verdict, DeadlineMissed = late };
    }

    /// <summary>
    /// The comparator first (≥ positive, ≤ reverse); then the meaning (结余率, 投诉,
    /// 时长 under 时效 …, from the profile's table); then 成本指标 as reverse.
    /// </summary>
    public static (Direction Direction, string? Word) DirectionOf(Indicator ind, ScoringProfile profile)
    {
        switch (ind.Target.Comparator)
        {
            case Comparator.Ge or Comparator.Gt or Comparator.Eq: return (Direction.Positive, null);
            case Comparator.Le or Comparator.Lt: return (Direction.Reverse, null);
        }
        if (profile.Direction.ReverseWord(ind.IsTimeliness, ind.Name, ind.Target.Unit ?? ind.Actual.Unit) is { } word)
            return (Direction.Reverse, word);
        return profile.CostIsReverse && ind.IsCost ? (Direction.Reverse, null) : (Direction.Positive, null);
    }

    static decimal Positive(decimal w, decimal t, decimal a, ScoringProfile profile)
    {
        // No ratio to a target of 0 or below (≥0, ≥-5%): met or not.
        if (t <= 0m) return a >= t ? w : 0m;
        if (t > 0m && a >= t * (1m + profile.OverAchievementDeductAt))
        {
            switch (profile.OverAchievementTreatment)
            {
                case OverAchievementTreatment.Flat:
                    return Math.Max(w - profile.OverAchievementDeductPoints, 0m);
                case OverAchievementTreatment.Proportional:
                    // 适度调减: the share by which the actual overshoots the allowed band comes off the weight.
                    var over = a / t - 1m - profile.OverAchievementDeductAt;
                    return Math.Max(w * (1m - over), 0m);
            }
        }
        return w * Math.Min(a / t, 1m);
    }

    static decimal Reverse(decimal w, decimal t, decimal a)
    {
        if (a <= t) return w;
        if (t <= 0m) return 0m;
        return w * t / a;
    }

    static decimal Round(decimal x, ScoringProfile profile) => Math.Round(x, profile.RoundingPlaces, MidpointRounding.AwayFromZero);

    static decimal Clamp(decimal value, decimal? max) =>
        Math.Max(0m, max is { } m ? Math.Min(value, m) : value);
}
