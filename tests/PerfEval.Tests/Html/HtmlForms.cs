using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Recognition;
using PerfEval.Values;
using PerfEval.Writers.Html;

namespace PerfEval.Tests.Html;

/// <summary>
/// Forms laid out on the paper form's rows and columns, with every cell
/// reference fixed, and a helper that renders results to a string.
/// </summary>
public static class HtmlForms
{
    public const int FirstIndicatorRow = 11;

    static StatedNumber N(string raw, int row, int col) => NumberText.Parse(raw, new CellRef(1, row, col));

    public static Indicator Ind(int number, string level2, string name, string target, string actual, string weight, string score, string reason = "")
    {
        int row = FirstIndicatorRow + number - 1;
        return new Indicator
        {
            Number = number,
            Level1 = Labels.Category(level2, ""),
            Level1Label = "",
            Level2 = level2,
            // What recognition decides for a row read from a grid.
            IsCost = Labels.IsCost(level2),
            IsTimeliness = Labels.IsTimeliness(level2),
            Level2Key = Labels.LabelCore(Labels.StripWeight(TextNorm.Key(level2))),
            Name = name,
            NameKey = TextNorm.Key(name),
            Target = ValueParser.Parse(target),
            Actual = ValueParser.Parse(actual),
            Weight = N(weight, row, 7),
            Score = N(score, row, 8),
            Reason = reason,
            Ref = new CellRef(1, row, 4),
            TargetRef = new CellRef(1, row, 5),
            ActualRef = new CellRef(1, row, 6),
            ReasonRef = new CellRef(1, row, 9),
        };
    }

    /// <summary>Weights 10 + 50/30/10; the cost indicator's score and the stated total are the caller's.</summary>
    public static Form Make(string project = "测试项目", string costScore = "10", string statedTotal = "100",
        string department = "测试部门", string costName = "指标1：接待费用", int index = 1)
    {
        var inds = new List<Indicator>
        {
            Ind(1, "数量指标", "指标1：接待次数", "5次", "5次", "20", "20"),
            Ind(2, "质量指标", "指标1：完成率", "100%", "100%", "10", "10"),
            Ind(3, "时效指标", "指标1：工作及时性", "及时", "及时", "10", "10"),
            Ind(4, "成本指标", costName, "8万", "=1.3万", "10", costScore),
            Ind(5, "社会效益指标", "指标1：群众认可度", "100%", "100%", "30", "30"),
            Ind(6, "服务对象满意度指标", "指标1：满意度", "≥90%", "95%", "10", "10"),
        };
        int total = FirstIndicatorRow + inds.Count;
        return new Form
        {
            Index = index,
            Location = "表" + index,
            Year = 2021,
            Project = new TextField(project, new CellRef(1, 1, 2)),
            Department = new TextField(department, new CellRef(1, 2, 2)),
            Implementer = new TextField("测试单位", new CellRef(1, 2, 7)),
            FundingTotal = new FundingRow
            {
                Kind = FundingKind.Total,
                Label = "年度资金总额",
                Ref = new CellRef(1, 4, 2),
                Initial = N("10", 4, 4),
                FullYear = N("10", 4, 5),
                Executed = N("10", 4, 6),
                Weight = N("10", 4, 7),
                Rate = N("100%", 4, 8),
                Score = N("10", 4, 9),
            },
            GoalExpected = new TextField("年初预算资金10万元", new CellRef(1, 9, 2)),
            GoalActual = new TextField("当年实际执行10万元", new CellRef(1, 9, 6)),
            Indicators = inds,
            TotalWeight = N("100", total, 7),
            StatedTotal = N(statedTotal, total, 8),
            TotalRef = new CellRef(1, total, 1),
        };
    }

    public static FormResult Check(Form form) => new Checker().CheckForm(form);

    public static FileResult File(string path, params Form[] forms) =>
        new(path, Array.Empty<Finding>(), forms.Select(Check).ToList());

    public static string Render(params FileResult[] files)
    {
        using var stream = new MemoryStream();
        using (var report = new HtmlReport(stream, new DateTimeOffset(2022, 1, 1, 9, 0, 0, TimeSpan.FromHours(8))))
        {
            foreach (var f in files) report.Write(f);
            report.Finish(TimeSpan.FromSeconds(1));
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
