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

    /// <summary>As HalfExecuted, but the budget row states no 分值.</summary>
    static Form HalfExecutedNoWeight() => Make(total: Funding(FundingKind.Total, "10", "10", "5", "", "50%", "5"), statedTotal: "95");

    [Fact]
    public void The_budget_weight_a_form_states_is_its_basis_and_the_profile_stands_in_only_for_a_blank_one()
    {
        // The form states 10: scored on 10 whatever the profile says (PE105 tells it differs).
        Assert.Equal(95m, Total("{}", HalfExecuted()));
        Assert.Equal(95m, Total("""{ "scoring": { "budgetWeight": 20 } }""", HalfExecuted()));
        Assert.Equal(95m, Total("""{ "profile": "hubei" }""", HalfExecuted()));
        Assert.True(Draws("""{ "profile": "hubei" }""", HalfExecuted(), "PE105"));
        // No stated weight: the profile's, and the total still never passes 100.
        Assert.Equal(95m, Total("{}", HalfExecutedNoWeight()));
        Assert.Equal(95.25m, Total("""{ "scoring": { "budgetWeight": 10.5 } }""", HalfExecutedNoWeight()));
        var hubei = Under("""{ "profile": "hubei" }""", HalfExecutedNoWeight()).Score;
        Assert.Equal((110m, 100m), (hubei.WeightSum, hubei.RecomputedTotal)); // 20 × 50% + 90, at most 100
        Assert.Null(hubei.Grade);
    }

    [Fact]
    public void Proportional_over_achievement_takes_off_the_overshoot()
    {
        var form = Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "10次", "15次", "20", "20")));
        Assert.Equal(100m, Total("{}", form));
        Assert.Equal(98m, Total("""{ "scoring": { "overAchievement": { "treatment": "flat" } } }""", form));
        // 15 / 10 − 1.3 = 0.2 of the weight off: 20 × 0.8 = 16.
        Assert.Equal(96m, Total("""{ "scoring": { "overAchievement": { "treatment": "proportional" } } }""", form));
    }

    [Fact]
    public void Rounding_places_round_each_item()
    {
        var form = Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "3次", "2次", "20", "13.33", reason: "疫情")), statedTotal: "93.33");
        Assert.Equal(93.33m, Total("{}", form));
        Assert.Equal(93.3m, Total("""{ "scoring": { "roundingPlaces": 1 } }""", form));
        Assert.Equal(93m, Total("""{ "scoring": { "roundingPlaces": 0 } }""", form));
    }

    [Fact]
    public void The_execution_basis_picks_the_budget_the_rate_divides_by()
    {
        var form = Make(total: Funding(FundingKind.Total, "8", "10", "8", "10", "80%", "8"), statedTotal: "98");
        Assert.Equal(0.8m, Under("{}", form).Score.Rate);
        Assert.Equal(98m, Total("{}", form));
        Assert.Equal(1m, Under("""{ "scoring": { "executionBasis": "initial" } }""", form).Score.Rate);
        Assert.Equal(100m, Total("""{ "scoring": { "executionBasis": "initial" } }""", form));
    }

    [Fact]
    public void Reverse_words_come_from_the_configuration()
    {
        var form = Make(indicators: CleanWith(1, Ind("质量指标", "指标1：漏报率", "5%", "3%", "10", "10")));
        Assert.Equal(96m, Total("{}", form)); // positive: 10 × 3 / 5
        Assert.Equal(100m, Total("""{ "scoring": { "reverseWords": { "always": ["漏报率"] } } }""", form));
        var balance = Make(indicators: CleanWith(1, Ind("质量指标", "指标1：资金结余率", "5%", "3%", "10", "10")));
        Assert.Equal(100m, Total("{}", balance)); // 结余率 is in the default table
        Assert.Equal(96m, Total("""{ "scoring": { "reverseWords": { "always": [] } } }""", balance));
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
            // hubei: every seed form states its budget weight (10), so it is scored on it; the profile's 20 only draws PE105.
            Assert.Equal(total, hubei.Number(hubei.Rows[i], "recomputed_total"));
            // capped (forms.md): 70–80% at most 89, 60–70% 79, 50–60% 69, below 50% 59.
            var percent = rate * 100m;
            decimal? cap = percent < 50m ? 59m : percent < 60m ? 69m : percent < 70m ? 79m : percent < 80m ? 89m : null;
            Assert.Equal(cap is { } c ? Math.Min(total, c) : total, capped.Number(capped.Rows[i], "recomputed_total"));
        }
        Assert.Equal(59m, capped.Number(capped.Rows[0], "recomputed_total")); // 宣传交流工作经费: 15.45%, 72.55 → 59
        Assert.Equal("", capped.Cell(capped.Rows[0], "grade"));                // weights 85: no grade
        Assert.Equal(59m, capped.Number(capped.Rows[11], "recomputed_total")); // 外事宣传费: 47.08%, 84.71 → 59
        Assert.Equal("差", capped.Cell(capped.Rows[11], "grade"));
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
    [InlineData("""{ "scoring": { "executionBasis": "budget" } }""", "scoring.executionBasis = \"budget\" 无效")]
    [InlineData("""{ "scoring": { "roundingPlaces": 1.5 } }""", "scoring.roundingPlaces 应为整数")]
    [InlineData("""{ "scoring": { "overAchievement": { "treatment": "big" } } }""", "scoring.overAchievement.treatment")]
    [InlineData("""{ "scoring": { "reverseWords": { "always": "结余率" } } }""", "scoring.reverseWords.always 应为字符串数组")]
    [InlineData("""{ "overrides": { "files": "a" } }""", "overrides 应为数组")]
    [InlineData("""{ "overrides": [ { "profile": "hubei" } ] }""", "overrides[0] 需要 files 或 departments")]
    [InlineData("""{ "overrides": [ { "files": "*.docx", "profiles": "hubei" } ] }""", "未知设置 \"overrides[0].profiles\"")]
    [InlineData("""{ "overrides": [ { "files": "*.docx", "profile": "henan" } ] }""", "overrides[0].profile \"henan\" 不存在")]
    [InlineData("""{ "overrides": [ { "files": [], "profile": "hubei" } ] }""", "overrides[0].files 不能为空数组")]
    [InlineData("""{ "overrides": [ { "departments": "x", "scoring": { "budgetWeight": 200 } } ] }""", "scoring.budgetWeight = 200 超出范围")]
    [InlineData("""{ "overrides": [ { "departments": "x", "rules": { "PE999": "off" } } ] }""", "overrides[0].rules.PE999")]
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

    [Fact]
    public void Overrides_choose_a_profile_by_path_glob_and_settings_by_department()
    {
        var s = Settings.Parse("""
            {
              "overrides": [
                { "files": ["湖北/**"], "profile": "hubei" },
                { "files": "**/四川/*.docx", "profile": "sichuan", "scoring": { "executionThreshold": 50 } },
                { "departments": ["*教育局"], "rules": { "PE210": "off", "PE207": "error" } },
                { "files": "湖北/武汉/**", "departments": "武汉市教育局", "scoring": { "grades": { "excellent": 95 } } }
              ]
            }
            """);
        Assert.Equal("national", s.For("forms/河南/a.docx", "某局").Profile.Name);
        Assert.Equal("hubei", s.For("forms/湖北/a.docx", "某局").Profile.Name);
        Assert.Equal("hubei", s.For(@"D:\报表\湖北\黄石\a.xlsx", null).Profile.Name); // Windows separators, any depth
        var sc = s.For("2021/四川/a.docx", "某局").Profile;
        Assert.Equal(("sichuan", 50m), (sc.Name, sc.ExecutionThreshold));
        Assert.Equal("national", s.For("2021/四川/sub/a.docx", "某局").Profile.Name); // * does not cross folders

        var (profile, rules) = s.For("湖北/武汉/a.docx", "武汉市教育局");
        Assert.Equal(("hubei", 95m), (profile.Name, profile.GradeExcellent)); // later blocks build on earlier ones
        Assert.Null(rules.Apply(new PerfEval.Findings.Finding("PE210", PerfEval.Findings.Severity.Warning, "x")));
        Assert.Equal(PerfEval.Findings.Severity.Error,
            rules.Apply(new PerfEval.Findings.Finding("PE207", PerfEval.Findings.Severity.Info, "x"))!.Severity);
        Assert.Equal(90m, s.For("湖北/黄石/a.docx", "武汉市教育局").Profile.GradeExcellent); // both tests must hold
        Assert.NotNull(s.For("a.docx", "武汉市教育局").Rules.Apply(new PerfEval.Findings.Finding("PE204", PerfEval.Findings.Severity.Warning, "x")));
    }

    [Fact]
    public void Overrides_apply_per_file_and_per_form_in_one_run()
    {
        // Two copies of the seed: the one under 湖北/ is checked under hubei (PE105 on every form with a budget weight).
        var hubeiDir = Directory.CreateDirectory(Path.Combine(_dir, "湖北")).FullName;
        File.Copy(SampleDocx, Path.Combine(hubeiDir, "a.docx"));
        File.Copy(SampleDocx, Path.Combine(_dir, "b.docx"));
        var config = Path.Combine(_dir, "perfeval.json");
        File.WriteAllText(config, """
            { "overrides": [
                { "files": "湖北/**", "profile": "hubei" },
                { "departments": "大同市人民政府外事办公室", "rules": { "PE210": "off" } } ] }
            """);
        var (exit, json, err) = Run("check", _dir, "--config", config, "--format", "json");
        Assert.Equal("", err);
        Assert.Equal(1, exit);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var files = doc.RootElement.GetProperty("files").EnumerateArray().ToList();
        int Count(string file, string rule) => files.Single(f => f.GetProperty("path").GetString()!.EndsWith(file))
            .GetProperty("forms").EnumerateArray().SelectMany(f => f.GetProperty("findings").EnumerateArray())
            .Count(f => f.GetProperty("rule").GetString() == rule);
        Assert.Equal(12, Count("a.docx", "PE105"));
        Assert.Equal(0, Count("b.docx", "PE105"));
        Assert.Equal(0, Count("a.docx", "PE210") + Count("b.docx", "PE210"));
    }
}
