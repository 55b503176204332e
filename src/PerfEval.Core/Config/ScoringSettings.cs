using System.Text.Json;
using PerfEval.Scoring;

namespace PerfEval.Config;

/// <summary>The "scoring" object of perfeval.json, applied over the chosen profile.</summary>
internal static class ScoringSettings
{
    public static ScoringProfile Apply(ScoringProfile p, JsonElement e, string source)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new ConfigException($"{source}: scoring 应为对象");
        foreach (var s in e.EnumerateObject())
        {
            var key = "scoring." + s.Name;
            p = s.Name switch
            {
                "budgetWeight" => p with { BudgetWeight = Num(s.Value, key, source, 0m, 100m) },
                "levelSplit" => Obj(s.Value, key, source, p, (q, k, v, path) => k switch
                {
                    "output" => q with { OutputWeight = Num(v, path, source, 0m, 100m) },
                    "benefit" => q with { BenefitWeight = Num(v, path, source, 0m, 100m) },
                    "satisfaction" => q with { SatisfactionWeight = Num(v, path, source, 0m, 100m) },
                    _ => throw Unknown(path, source, "output, benefit, satisfaction"),
                }),
                "qualitativeBands" => Obj(s.Value, key, source, p, (q, k, v, path) => k switch
                {
                    "high" => q with { QualitativeHigh = Num(v, path, source, 0m, 100m) },
                    "low" => q with { QualitativeLow = Num(v, path, source, 0m, 100m) },
                    _ => throw Unknown(path, source, "high, low"),
                }),
                "overAchievement" => Obj(s.Value, key, source, p, (q, k, v, path) => k switch
                {
                    "threshold" => q with { OverAchievementThreshold = Num(v, path, source, 0m, 100m) },
                    "deduct" => q with { OverAchievementDeducts = Bool(v, path, source) },
                    "deductAt" => q with { OverAchievementDeductAt = Num(v, path, source, 0m, 100m) },
                    "deductPoints" => q with { OverAchievementDeductPoints = Num(v, path, source, 0m, 100m) },
                    _ => throw Unknown(path, source, "threshold, deduct, deductAt, deductPoints"),
                }),
                "grades" => Obj(s.Value, key, source, p, (q, k, v, path) => k switch
                {
                    "excellent" => q with { GradeExcellent = Num(v, path, source, 0m, 100m) },
                    "good" => q with { GradeGood = Num(v, path, source, 0m, 100m) },
                    "fair" => q with { GradeFair = Num(v, path, source, 0m, 100m) },
                    _ => throw Unknown(path, source, "excellent, good, fair"),
                }),
                "executionCaps" => p with { ExecutionCaps = Caps(s.Value, key, source) },
                "costIsReverse" => p with { CostIsReverse = Bool(s.Value, key, source) },
                _ => throw Unknown(key, source,
                    "budgetWeight, levelSplit, qualitativeBands, overAchievement, grades, executionCaps, costIsReverse"),
            };
        }
        if (p.QualitativeLow > p.QualitativeHigh)
            throw new ConfigException($"{source}: scoring.qualitativeBands.low ({p.QualitativeLow}) 不能大于 high ({p.QualitativeHigh})");
        if (!(p.GradeExcellent >= p.GradeGood && p.GradeGood >= p.GradeFair))
            throw new ConfigException($"{source}: scoring.grades 应满足 excellent ≥ good ≥ fair");
        return p;
    }

    static ScoringProfile Obj(JsonElement e, string key, string source, ScoringProfile p,
        Func<ScoringProfile, string, JsonElement, string, ScoringProfile> set)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new ConfigException($"{source}: {key} 应为对象");
        foreach (var c in e.EnumerateObject()) p = set(p, c.Name, c.Value, key + "." + c.Name);
        return p;
    }

    static IReadOnlyList<ExecutionCap> Caps(JsonElement e, string key, string source)
    {
        if (e.ValueKind != JsonValueKind.Array) throw new ConfigException($"{source}: {key} 应为数组，如 [{{\"rateBelow\": 80, \"maxTotal\": 89}}]");
        var caps = new List<ExecutionCap>();
        int i = 0;
        foreach (var c in e.EnumerateArray())
        {
            var path = $"{key}[{i++}]";
            if (c.ValueKind != JsonValueKind.Object) throw new ConfigException($"{source}: {path} 应为对象");
            decimal? below = null, max = null;
            foreach (var f in c.EnumerateObject())
            {
                if (f.Name == "rateBelow") below = Num(f.Value, path + ".rateBelow", source, 0m, 1000m);
                else if (f.Name == "maxTotal") max = Num(f.Value, path + ".maxTotal", source, 0m, 100m);
                else throw Unknown(path + "." + f.Name, source, "rateBelow, maxTotal");
            }
            if (below is null || max is null) throw new ConfigException($"{source}: {path} 需要 rateBelow 和 maxTotal");
            caps.Add(new ExecutionCap(below.Value, max.Value));
        }
        return caps;
    }

    static decimal Num(JsonElement e, string key, string source, decimal min, decimal max)
    {
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetDecimal(out var d))
            throw new ConfigException($"{source}: {key} 应为数字");
        if (d < min || d > max) throw new ConfigException($"{source}: {key} = {d} 超出范围 {min}～{max}");
        return d;
    }

    static bool Bool(JsonElement e, string key, string source) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ConfigException($"{source}: {key} 应为 true 或 false"),
    };

    static ConfigException Unknown(string key, string source, string allowed) =>
        new($"{source}: 未知设置 \"{key}\"（可用：{allowed}）");
}
