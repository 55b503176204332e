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
                    "check" => q with { CheckLevelSplit = Bool(v, path, source) },
                    _ => throw Unknown(path, source, "output, benefit, satisfaction, check"),
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
                    "treatment" => q with { OverAchievementTreatment = Word(v, path, source, "none", "flat", "proportional") switch
                    {
                        "flat" => OverAchievementTreatment.Flat,
                        "proportional" => OverAchievementTreatment.Proportional,
                        _ => OverAchievementTreatment.None,
                    } },
                    "deductAt" => q with { OverAchievementDeductAt = Num(v, path, source, 0m, 100m) },
                    "deductPoints" => q with { OverAchievementDeductPoints = Num(v, path, source, 0m, 100m) },
                    _ => throw Unknown(path, source, "threshold, treatment, deduct, deductAt, deductPoints"),
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
                "executionBasis" => p with { ExecutionBasis = Word(s.Value, key, source, "fullYear", "initial") == "initial" ? ExecutionBasis.Initial : ExecutionBasis.FullYear },
                "executionThreshold" => p with { ExecutionThreshold = Num(s.Value, key, source, 0m, 100m) },
                "notApplicableRescale" => p with { RescaleNotApplicable = Bool(s.Value, key, source) },
                "roundingPlaces" => p with { RoundingPlaces = Int(s.Value, key, source, 0, 4) },
                "reverseWords" => Obj(s.Value, key, source, p, (q, k, v, path) => k switch
                {
                    "always" => q with { Direction = q.Direction with { Always = Words(v, path, source) } },
                    "timeliness" => q with { Direction = q.Direction with { Timeliness = Words(v, path, source) } },
                    "except" => q with { Direction = q.Direction with { Except = Words(v, path, source) } },
                    _ => throw Unknown(path, source, "always, timeliness, except"),
                }),
                _ => throw Unknown(key, source,
                    "budgetWeight, levelSplit, qualitativeBands, overAchievement, grades, executionCaps, costIsReverse, executionBasis, executionThreshold, notApplicableRescale, roundingPlaces, reverseWords"),
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

    static int Int(JsonElement e, string key, string source, int min, int max)
    {
        var d = Num(e, key, source, min, max);
        if (d != decimal.Truncate(d)) throw new ConfigException($"{source}: {key} 应为整数");
        return (int)d;
    }

    static string Word(JsonElement e, string key, string source, params string[] allowed)
    {
        var v = e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new ConfigException($"{source}: {key} 应为字符串（{string.Join("、", allowed)}）");
        return allowed.FirstOrDefault(a => a.Equals(v, StringComparison.OrdinalIgnoreCase))
            ?? throw new ConfigException($"{source}: {key} = \"{v}\" 无效，应为 {string.Join("、", allowed)}");
    }

    static IReadOnlyList<string> Words(JsonElement e, string key, string source)
    {
        if (e.ValueKind != JsonValueKind.Array) throw new ConfigException($"{source}: {key} 应为字符串数组，如 [\"结余率\", \"投诉\"]");
        var list = new List<string>();
        foreach (var w in e.EnumerateArray())
        {
            if (w.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(w.GetString()))
                throw new ConfigException($"{source}: {key} 的每一项应为非空字符串");
            list.Add(Recognition.TextNorm.Key(w.GetString()));
        }
        return list;
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
