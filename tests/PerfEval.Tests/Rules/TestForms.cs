using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Recognition;
using PerfEval.Values;
using PerfEval.Scoring;

[assembly: PerfEval.Tests.Rules.FreshRows]

namespace PerfEval.Tests.Rules;

/// <summary>
/// Builds form models directly, so each rule can be tested on a form that
/// triggers it and one that does not without going through a file.
/// </summary>
public static class TestForms
{
    // Rows only need to differ within one form, which one test builds on its thread. The count is
    // per thread and starts again before every test (FreshRows, applied to the whole assembly), so
    // no test sees another's rows and a form has the same cells in every run (snapshots).
    [ThreadStatic] static int _row;

    /// <summary>Starts the row count of this thread again; FreshRows calls it before each test.</summary>
    internal static void Restart() => _row = 0;

    public static StatedNumber N(string raw) => NumberText.Parse(raw, new CellRef(1, ++_row, 1));

    public static Indicator Ind(string level2, string name, string target, string actual, string weight, string score,
        string reason = "", string level1 = "")
    {
        var at = new CellRef(1, ++_row, 4);
        return new Indicator
        {
            Number = _row,
            Level1 = Labels.Category(level2, level1),
            Level1Label = level1,
            Level1LabelFits = Labels.CategoryOfLabel(TextNorm.Key(level1)) == Labels.Category(level2, level1),
            Level2 = level2,
            // What recognition decides for a row read from a grid.
            IsCost = Labels.IsCost(level2),
            IsTimeliness = Labels.IsTimeliness(level2),
            Level2Key = Labels.LabelCore(Labels.StripWeight(TextNorm.Key(level2))),
            Name = name,
            NameKey = TextNorm.Key(name),
            Target = ValueParser.Parse(target),
            Actual = ValueParser.Parse(actual),
            Weight = N(weight),
            Score = N(score),
            Reason = reason,
            Ref = at,
            TargetRef = at with { Col = 5 },
            ActualRef = at with { Col = 6 },
            ReasonRef = at with { Col = 9 },
        };
    }

    public static FundingRow Funding(FundingKind kind, string initial, string fullYear, string executed,
        string weight = "", string rate = "", string score = "") => new()
    {
        Kind = kind,
        Label = kind.ToString(),
        Ref = new CellRef(1, ++_row, 2),
        Initial = N(initial),
        FullYear = N(fullYear),
        Executed = N(executed),
        Weight = N(weight),
        Rate = N(rate),
        Score = N(score),
    };

    /// <summary>A form with nothing wrong: weights 10 + 50/30/10, every score right, total 100.</summary>
    public static List<Indicator> CleanIndicators() => new()
    {
        Ind("数量指标", "指标1：接待次数", "5次", "5次", "20", "20"),
        Ind("质量指标", "指标1：完成率", "100%", "100%", "10", "10"),
        Ind("时效指标", "指标1：工作及时性", "及时", "及时", "10", "10"),
        Ind("成本指标", "指标1：接待费用", "8万", "7万", "10", "10"),
        Ind("社会效益指标", "指标1：群众认可度", "100%", "100%", "30", "30"),
        Ind("服务对象满意度指标", "指标1：满意度", "≥90%", "95%", "10", "10"),
    };

    public static Form Make(
        List<Indicator>? indicators = null,
        FundingRow? total = null,
        FundingRow? appropriation = null,
        FundingRow? carry = null,
        FundingRow? other = null,
        string statedTotal = "100",
        string project = "测试项目",
        string department = "测试部门",
        string implementer = "测试单位",
        int? year = 2021,
        string goalExpected = "",
        string goalActual = "",
        IReadOnlyList<LabelWeight>? labelWeights = null,
        string totalRemark = "") => new()
    {
        Index = 1,
        Location = "表1",
        Year = year,
        Project = new TextField(project, new CellRef(1, 1, 2)),
        Department = new TextField(department, new CellRef(1, 2, 2)),
        Implementer = new TextField(implementer, new CellRef(1, 2, 7)),
        FundingTotal = total ?? Funding(FundingKind.Total, "10", "10", "10", "10", "100%", "10"),
        Appropriation = appropriation,
        CarryOver = carry,
        OtherFunds = other,
        GoalExpected = new TextField(goalExpected, new CellRef(1, 9, 2)),
        GoalActual = new TextField(goalActual, new CellRef(1, 9, 6)),
        Indicators = indicators ?? CleanIndicators(),
        LabelWeights = labelWeights ?? Array.Empty<LabelWeight>(),
        TotalWeight = N("100"),
        StatedTotal = N(statedTotal),
        TotalRemark = totalRemark,
        TotalRef = new CellRef(1, 30, 1),
    };

    public static FormResult Check(Form form, ScoringProfile? profile = null) => new Checker(profile).CheckForm(form);

    public static List<Finding> Of(Form form, string code, ScoringProfile? profile = null) =>
        Check(form, profile).Findings.Where(f => f.Rule == code).ToList();

    /// <summary>Replaces the indicator at index i of the clean set.</summary>
    public static List<Indicator> CleanWith(int i, Indicator replacement)
    {
        var list = CleanIndicators();
        list[i] = replacement;
        return list;
    }
}

/// <summary>Before each test of the assembly, TestForms counts rows from 1 again on the test's thread.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class FreshRowsAttribute : Xunit.Sdk.BeforeAfterTestAttribute
{
    public override void Before(System.Reflection.MethodInfo methodUnderTest) => TestForms.Restart();
}
