using PerfEval.Config;
using PerfEval.Model;
using PerfEval.Pipeline;
using static PerfEval.Tests.Support.Perfeval;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Batch;

/// <summary>
/// Each scoring setting and each built-in profile, read through the loader,
/// changes the recomputation (or the check it drives) as forms.md says; an
/// invalid configuration stops the run with exit 2 and names the setting.
/// </summary>
public class ConfigurationTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static FormResult Under(string json, Form form)
    {
        var settings = Settings.Parse(json);
        return new Checker(settings.Profile, settings.Rules).CheckForm(form);
    }

    static decimal Total(string json, Form form) => Under(json, form).Score.RecomputedTotal;

    static bool Draws(string json, Form form, string rule) => Under(json, form).Findings.Any(f => f.Rule == rule);

    /// <summary>Execution 50%: budget score 5 of 10, every indicator full (90).</summary>
    static Form HalfExecuted() => Make(total: Funding(FundingKind.Total, "10", "10", "5", "10", "50%", "5"), statedTotal: "95");

    [Fact]
    public void Budget_weight_scales_the_budget_score()
    {
        Assert.Equal(95m, Total("{}", HalfExecuted()));
        Assert.Equal(100m, Total("""{ "scoring": { "budgetWeight": 20 } }""", HalfExecuted()));
        Assert.Equal(100m, Total("""{ "profile": "hubei" }""", HalfExecuted())); // 20 × 50% + 90
        Assert.Equal(95.25m, Total("""{ "scoring": { "budgetWeight": 10.5 } }""", HalfExecuted()));
    }

    [Fact]
    public void Execution_caps_limit_the_total()
    {
        Assert.Equal(69m, Total("""{ "profile": "capped" }""", HalfExecuted())); // 50% is below 60%: at most 69
        Assert.Equal(70m, Total("""{ "scoring": { "executionCaps": [ { "rateBelow": 60, "maxTotal": 70 } ] } }""", HalfExecuted()));
        Assert.Equal(95m, Total("""{ "scoring": { "executionCaps": [ { "rateBelow": 50, "maxTotal": 59 } ] } }""", HalfExecuted())); // 50% is not below 50%
        Assert.Equal(95m, Total("""{ "profile": "capped", "scoring": { "executionCaps": [] } }""", HalfExecuted()));
    }

    [Fact]
    public void Grade_bands_move_the_grade()
    {
        Assert.Equal("优", Under("{}", HalfExecuted()).Score.Grade);
        Assert.Equal("良", Under("""{ "scoring": { "grades": { "excellent": 96 } } }""", HalfExecuted()).Score.Grade);
        Assert.Equal("中", Under("""{ "scoring": { "grades": { "excellent": 99, "good": 98 } } }""", HalfExecuted()).Score.Grade);
    }

    [Fact]
    public void Cost_indicators_without_a_comparator_are_reverse_unless_turned_off()
    {
        var form = Make(indicators: CleanWith(3, Ind("成本指标", "指标1：接待费用", "8万", "9万", "10", "10")));
        Assert.Equal(98.89m, Total("{}", form)); // 10 × 8 / 9 = 8.89
        Assert.Equal(100m, Total("""{ "scoring": { "costIsReverse": false } }""", form)); // 10 × min(9 / 8, 1)
    }

    [Fact]
    public void Over_achievement_deducts_only_where_the_profile_says()
    {
        var form = Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "10次", "13次", "20", "20")));
        Assert.Equal(100m, Total("{}", form));
        Assert.Equal(98m, Total("""{ "profile": "deduct" }""", form)); // 30% above: 2 points off
        Assert.Equal(100m, Total("""{ "profile": "deduct", "scoring": { "overAchievement": { "deductAt": 0.5 } } }""", form));
        Assert.Equal(95m, Total("""{ "scoring": { "overAchievement": { "deduct": true, "deductPoints": 5 } } }""", form));

        Assert.True(Draws("{}", form, "PE205")); // 30% above the 20% threshold
        Assert.False(Draws("""{ "scoring": { "overAchievement": { "threshold": 0.5 } } }""", form, "PE205"));
    }

    [Fact]
    public void Qualitative_bands_move_the_band_check()
    {
        var achievedLow = Make(indicators: CleanWith(2, Ind("时效指标", "指标1：工作及时性", "及时", "及时", "10", "7")), statedTotal: "97");
        Assert.True(Draws("{}", achievedLow, "PE203")); // achieved, 70% < 80%
        Assert.False(Draws("""{ "scoring": { "qualitativeBands": { "high": 70 } } }""", achievedLow, "PE203"));

        var missedHigh = Make(indicators: CleanWith(2, Ind("时效指标", "指标1：工作及时性", "及时", "未完成", "10", "5.5")), statedTotal: "95.5");
        Assert.False(Draws("{}", missedHigh, "PE203")); // not achieved, 55% is under the 60% edge
        Assert.True(Draws("""{ "profile": "band50" }""", missedHigh, "PE203")); // but over 50%
        // A qualitative score counts as stated whatever the bands: the total does not move.
        Assert.Equal(Total("{}", missedHigh), Total("""{ "profile": "band50" }""", missedHigh));
    }

    [Fact]
    public void The_level_split_is_what_PE207_compares_with()
    {
        Assert.False(Draws("{}", Make(), "PE207")); // 50/30/10
        Assert.True(Draws("""{ "scoring": { "levelSplit": { "output": 40, "benefit": 40 } } }""", Make(), "PE207"));
        Assert.True(Draws("""{ "profile": "hubei" }""", Make(), "PE207")); // 40/30/10
    }

    [Fact]
    public void Rules_can_change_severity_or_be_turned_off()
    {
        var form = Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "10次", "13次", "20", "20")));
        Assert.Equal(PerfEval.Findings.Severity.Error,
            Under("""{ "rules": { "PE205": "error" } }""", form).Findings.Single(f => f.Rule == "PE205").Severity);
        Assert.False(Draws("""{ "rules": { "pe205": "OFF" } }""", form, "PE205"));
    }

    [Fact]
    public void A_regional_profile_on_the_seed_changes_the_totals_as_forms_md_says()
    {
        var national = Summary(null);
        var hubei = Summary("""{ "profile": "hubei" }""");
        var capped = Summary("""{ "profile": "capped" }""");
        Assert.Equal(12, national.Rows.Count);
        for (int i = 0; i < 12; i++)
        {
            var row = national.Rows[i];
            var rate = national.Number(row, "executed")!.Value / national.Number(row, "budget_full_year")!.Value;
            var total = national.Number(row, "recomputed_total")!.Value;
            // hubei: the budget score is 20 × rate instead of 10 × rate, each rounded to 2 places.
            var budget10 = Math.Round(10m * Math.Min(rate, 1m), 2, MidpointRounding.AwayFromZero);
            var budget20 = Math.Round(20m * Math.Min(rate, 1m), 2, MidpointRounding.AwayFromZero);
            Assert.Equal(total - budget10 + budget20, hubei.Number(hubei.Rows[i], "recomputed_total"));
            // capped (forms.md): 70–80% at most 89, 60–70% 79, 50–60% 69, below 50% 59.
            var percent = rate * 100m;
            decimal? cap = percent < 50m ? 59m : percent < 60m ? 69m : percent < 70m ? 79m : percent < 80m ? 89m : null;
            Assert.Equal(cap is { } c ? Math.Min(total, c) : total, capped.Number(capped.Rows[i], "recomputed_total"));
        }
        Assert.Equal(59m, capped.Number(capped.Rows[0], "recomputed_total")); // 宣传交流工作经费: 15.45%, 72.55 → 59
        Assert.Equal("差", capped.Cell(capped.Rows[0], "grade"));
    }

    CsvFile Summary(string? config)
    {
        var args = new List<string> { "summary", SampleDocx, "--out", Path.Combine(_dir, "s.csv"), "--header", "en", "--force" };
        if (config is not null)
        {
            var path = Path.Combine(_dir, "perfeval.json");
            File.WriteAllText(path, config);
            args.AddRange(new[] { "--config", path });
        }
        Assert.Equal(0, Run(args.ToArray()).Exit);
        return CsvFile.Read(Path.Combine(_dir, "s.csv"));
    }

    [Theory]
    [InlineData("""{ "scoring": { "budgetWeight": "20" } }""", "scoring.budgetWeight 应为数字")]
    [InlineData("""{ "scoring": { "budgetWeight": 120 } }""", "scoring.budgetWeight = 120 超出范围")]
    [InlineData("""{ "scoring": { "budgetWeigth": 20 } }""", "未知设置 \"scoring.budgetWeigth\"")]
    [InlineData("""{ "Profile": "hubei" }""", "未知设置 \"Profile\"")]
    [InlineData("""{ "profile": "guangdong" }""", "profile \"guangdong\" 不存在")]
    [InlineData("""{ "profile": 3 }""", "profile 应为字符串")]
    [InlineData("""{ "rules": { "PE999": "off" } }""", "rules.PE999")]
    [InlineData("""{ "rules": { "PE204": "fatal" } }""", "rules.PE204: \"fatal\" 无效")]
    [InlineData("""{ "rules": ["PE204"] }""", "rules 应为对象")]
    [InlineData("""{ "scoring": { "qualitativeBands": { "low": 90 } } }""", "scoring.qualitativeBands.low (90) 不能大于 high")]
    [InlineData("""{ "scoring": { "grades": { "good": 95 } } }""", "scoring.grades 应满足")]
    [InlineData("""{ "scoring": { "executionCaps": [ { "rateBelow": 80 } ] } }""", "scoring.executionCaps[0] 需要 rateBelow 和 maxTotal")]
    [InlineData("""{ "scoring": { "executionCaps": { "rateBelow": 80, "maxTotal": 89 } } }""", "scoring.executionCaps 应为数组")]
    [InlineData("""{ "scoring": { "executionCaps": [ { "rateBelow": 80, "maxTotal": 89, "min": 1 } ] } }""", "scoring.executionCaps[0].min")]
    [InlineData("""{ "scoring": { "overAchievement": { "deduct": "yes" } } }""", "scoring.overAchievement.deduct 应为 true 或 false")]
    [InlineData("""{ "scoring": { "levelSplit": { "outputs": 50 } } }""", "scoring.levelSplit.outputs")]
    [InlineData("""{ "scoring": 10 }""", "scoring 应为对象")]
    [InlineData("""[ "national" ]""", "顶层应为对象")]
    [InlineData("""{ "profile": "national" """, "不是有效的 JSON")]
    public void An_invalid_configuration_exits_2_with_one_line_naming_the_setting(string json, string message)
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, json);
        foreach (var command in new[] { "check", "summary" })
        {
            var args = command == "check"
                ? new[] { "check", SampleDocx, "--config", path }
                : new[] { "summary", SampleDocx, "--config", path, "--out", Path.Combine(_dir, "x.csv") };
            var (exit, stdout, err) = Run(args);
            Assert.Equal(2, exit);
            Assert.Equal("", stdout);
            Assert.StartsWith("perfeval: 配置错误：", err);
            Assert.Contains(message, err);
            Assert.Single(err.TrimEnd('\n').Split('\n'));
        }
        Assert.False(File.Exists(Path.Combine(_dir, "x.csv")));
    }

    [Fact]
    public void A_missing_configuration_file_exits_2()
    {
        var (exit, _, err) = Run("check", SampleDocx, "--config", Path.Combine(_dir, "nope.json"));
        Assert.Equal(2, exit);
        Assert.Contains("nope.json", err);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var s = Settings.Parse("""
            // the 湖北 frame
            { "profile": "hubei", /* 20 points */ "scoring": { "grades": { "excellent": 95, }, }, }
            """);
        Assert.Equal(20m, s.Profile.BudgetWeight);
        Assert.Equal(95m, s.Profile.GradeExcellent);
    }
}
