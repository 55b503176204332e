using CsCheck;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Scoring;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Scoring;

/// <summary>
/// Issue 12's "no profile can produce a total above 100 or a grade on a form whose
/// weights are not 100", as a property: forms of any weights (stated or blank budget
/// weight, 不适用 rows, targets of 0, beaten targets, qualitative rows, scores above
/// their weights, rows without a weight) under every built-in profile and every value
/// of the settings that move a total.
/// </summary>
public sealed class ProfilePropertyTests
{
    static readonly string[] Level2 = { "数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "服务对象满意度指标" };
    static readonly string[] Names = { "指标1：次数", "指标1：资金结余率", "指标1：安全事故", "指标1：完成率", "指标1：满意度" };
    static readonly string[] Comparators = { "", "≥", "≤", "=" };
    static readonly string[] Units = { "次", "%", "万元", "个月" };
    static readonly string[] Qualitative = { "达成预期指标", "部分达成预期指标并具有一定效果", "未达成预期指标且效果较差", "及时", "不适用", "不涉及" };
    static readonly string[] Weights = { "", "0", "2.5", "5", "10", "12.5", "15", "20", "30", "45", "50" };

    static string Num(int n) => (n / 4m).ToString(System.Globalization.CultureInfo.InvariantCulture);

    static readonly Gen<Indicator> Indicator = Gen.Select(
        Gen.Int[0, Level2.Length - 1], Gen.Int[0, Names.Length - 1], Gen.Int[0, 9], Gen.Int[0, 400], Gen.Int[0, 600],
        Gen.Int[0, Weights.Length - 1], Gen.Int[0, 240], Gen.Int[0, 20]).Select(t =>
    {
        var (level2, name, kind, target, actual, weight, score, unit) = t;
        var u = Units[unit % Units.Length];
        string targetText, actualText;
        if (kind < 2)
        {
            var word = Qualitative[(target + actual) % Qualitative.Length];
            (targetText, actualText) = kind == 0 ? ("达成预期指标", word) : (word, word);
        }
        else
        {
            var comparator = Comparators[kind % Comparators.Length];
            // Targets of 0 and below come up often: the ceilings and the ≥0 rows.
            var t0 = kind == 9 ? "0" : kind == 8 ? "-" + Num(target) : Num(target);
            targetText = comparator + t0 + u;
            actualText = Num(actual) + u;
        }
        var stated = score % 7 == 0 ? "" : Num(score);
        return Ind(Level2[level2], Names[name], targetText, actualText, Weights[weight], stated);
    });

    static readonly Gen<Form> AnyForm = Gen.Select(
        Indicator.List[0, 12], Gen.Int[0, 200], Gen.Int[0, 200], Gen.Int[0, 300], Gen.Int[0, 4], Gen.Int[0, 200]).Select(t =>
    {
        var (indicators, initial, fullYear, executed, budgetWeight, budgetScore) = t;
        var weight = new[] { "", "10", "20", "0", "15" }[budgetWeight];
        string Amount(int n) => n % 9 == 0 ? "" : Num(n);
        return Make(
            indicators: indicators,
            total: Funding(FundingKind.Total, Amount(initial), Amount(fullYear), Amount(executed), weight, "", Num(budgetScore % 120)),
            statedTotal: "90");
    });

    static readonly ScoringProfile[] Variants = Profiles.All.Values.SelectMany(p => new[]
    {
        p,
        p with { OverAchievementTreatment = OverAchievementTreatment.Flat, OverAchievementDeductPoints = 50m },
        p with { OverAchievementTreatment = OverAchievementTreatment.Proportional, OverAchievementDeductAt = 0m },
        p with { RescaleNotApplicable = !p.RescaleNotApplicable, ExecutionBasis = ExecutionBasis.Initial },
        p with { RoundingPlaces = 0 },
        p with { RoundingPlaces = 4, BudgetWeight = 100m },
    }).ToArray();

    [Fact]
    public void No_profile_totals_above_100_or_grades_a_form_whose_weights_are_not_100()
    {
        Gen.Select(AnyForm, Gen.Int[0, Variants.Length - 1]).Sample((form, which) =>
        {
            var profile = Variants[which];
            var r = new Checker(profile).CheckForm(form);
            var s = r.Score;
            Assert.True(s.RecomputedTotal <= 100m, $"{profile.Name}: total {s.RecomputedTotal}");
            Assert.True(s.RecomputedTotal >= 0m, $"{profile.Name}: total {s.RecomputedTotal}");
            Assert.True(s.RecomputedTotal <= Math.Max(s.WeightSum, 0m), $"{profile.Name}: total {s.RecomputedTotal} on weights {s.WeightSum}");
            Assert.Equal(s.WeightSum == 100m, s.Grade is not null);
            // Every setting is arithmetic the engine can do: no form falls back to "unscored".
            Assert.DoesNotContain(r.Findings, f => f.Rule == "PE005" && f.Message.Contains("重新计算得分"));
        }, iter: 3000);
    }
}
