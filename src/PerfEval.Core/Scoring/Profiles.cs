namespace PerfEval.Scoring;

/// <summary>
/// The built-in profiles: the national rules and the regional variants of
/// forms.md ("Regional profiles"). docs/configuration.md describes each.
/// </summary>
public static class Profiles
{
    static readonly ExecutionCap[] Caps =
    {
        new(80m, 89m), new(70m, 79m), new(60m, 69m), new(50m, 59m),
    };

    public static IReadOnlyDictionary<string, ScoringProfile> All { get; } = new Dictionary<string, ScoringProfile>(StringComparer.OrdinalIgnoreCase)
    {
        ["national"] = ScoringProfile.National,
        // 湖北-style: 预算执行率 20 points, 产出 40, 效益 + 满意度 40.
        ["hubei"] = ScoringProfile.National with
        {
            Name = "hubei", BudgetWeight = 20m, OutputWeight = 40m, BenefitWeight = 30m, SatisfactionWeight = 10m,
        },
        // Provinces whose qualitative bands are 100–80%, 80–50%, 50–0%.
        ["band50"] = ScoringProfile.National with { Name = "band50", QualitativeLow = 50m },
        // Systems that deduct 2 points when the actual is 30% or more above the target.
        ["deduct"] = ScoringProfile.National with { Name = "deduct", OverAchievementDeducts = true },
        // Provinces that cap the total by the execution rate.
        ["capped"] = ScoringProfile.National with { Name = "capped", ExecutionCaps = Caps },
    };
}
