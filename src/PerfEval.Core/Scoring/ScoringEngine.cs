using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Scoring;

/// <summary>Recomputes a form under a profile (forms.md, "Scoring").</summary>
public static class ScoringEngine
{
    public static FormScore Score(Form form, ScoringProfile profile)
    {
        var fund = form.FundingTotal;
        decimal? budget = fund?.FullYear.Value ?? fund?.Initial.Value;
        decimal? executed = fund?.Executed.Value;
        decimal? rate = budget is > 0 && executed is not null ? executed / budget : null;

        decimal budgetWeight = profile.BudgetWeight;
        decimal? budgetRaw = rate is null ? null : budgetWeight * Math.Min(rate.Value, 1m);
        decimal budgetScore = budgetRaw is { } r
            ? Tolerance.Round2(Math.Max(r, 0m))
            : Clamp(fund?.Score.Value ?? 0m, budgetWeight);

        var indicators = form.Indicators.Select(i => ScoreIndicator(i, profile)).ToList();

        decimal statedBudgetWeight = fund?.Weight.Value ?? profile.BudgetWeight;
        decimal weightSum = statedBudgetWeight + form.Indicators.Sum(i => i.Weight.Value ?? 0m);
        decimal itemSum = (fund?.Score.Value ?? 0m) + form.Indicators.Sum(i => i.Score.Value ?? 0m);

        decimal total = budgetScore + indicators.Sum(s => s.Counted);
        decimal? cap = rate is null ? null : profile.CapFor(rate.Value * 100m);
        if (cap is not null && total > cap) total = cap.Value;

        return new FormScore
        {
            Budget = budget,
            Executed = executed,
            Rate = rate,
            BudgetWeight = budgetWeight,
            BudgetScoreRaw = budgetRaw,
            BudgetScore = budgetScore,
            Indicators = indicators,
            WeightSum = weightSum,
            ItemSum = itemSum,
            RecomputedTotal = total,
            Cap = cap,
            Grade = profile.Grade(total),
        };
    }

    public static IndicatorScore ScoreIndicator(Indicator ind, ScoringProfile profile)
    {
        decimal? weight = ind.Weight.Value;
        decimal stated = ind.Score.Value ?? 0m;

        if (!ind.Target.IsQuantitative || !ind.Actual.IsQuantitative
            || !UnitMath.TryAlign(ind.Target, ind.Actual, out var t, out var a))
            return new IndicatorScore(ind, Direction.Qualitative, null, null, null, null, Clamp(stated, weight));

        var direction = DirectionOf(ind, profile);
        if (weight is null)
            return new IndicatorScore(ind, direction, t, a, null, null, Math.Max(stated, 0m));

        decimal w = weight.Value;
        decimal raw = direction == Direction.Reverse ? Reverse(w, t, a) : Positive(w, t, a, profile);
        raw = Math.Max(raw, 0m);
        var rounded = Tolerance.Round2(raw);
        return new IndicatorScore(ind, direction, t, a, raw, rounded, rounded);
    }

    public static Direction DirectionOf(Indicator ind, ScoringProfile profile) => ind.Target.Comparator switch
    {
        Comparator.Ge or Comparator.Gt or Comparator.Eq => Direction.Positive,
        Comparator.Le or Comparator.Lt => Direction.Reverse,
        _ => profile.CostIsReverse && Labels.IsCost(ind.Level2) ? Direction.Reverse : Direction.Positive,
    };

    static decimal Positive(decimal w, decimal t, decimal a, ScoringProfile profile)
    {
        if (t == 0m) return a >= 0m ? w : 0m;
        if (profile.OverAchievementDeducts && t > 0m && a >= t * (1m + profile.OverAchievementDeductAt))
            return Math.Max(w - profile.OverAchievementDeductPoints, 0m);
        return w * Math.Min(a / t, 1m);
    }

    static decimal Reverse(decimal w, decimal t, decimal a)
    {
        if (a == 0m || a <= t) return w;
        return w * t / a;
    }

    static decimal Clamp(decimal value, decimal? max) =>
        Math.Max(0m, max is { } m ? Math.Min(value, m) : value);
}
