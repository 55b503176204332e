namespace PerfEval.Writers.Workbook;

/// <summary>
/// The defined names by which the fix writer finds its cells in a template
/// (docs/fix.md lists them). A province's own template works once it defines
/// the required ones, wherever its cells are.
/// </summary>
public static class TemplateNames
{
    public const string Year = "年度";
    public const string Project = "项目名称";
    public const string Department = "主管部门";
    public const string Implementer = "实施单位";

    /// <summary>Funding columns, in the standard order; a cell is named 列_行, e.g. 全年预算数_总额.</summary>
    public static readonly string[] FundingColumns = { "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分" };
    public static readonly string[] FundingRows = { "总额", "财政拨款", "上年结转", "其他资金" };
    public static string Funding(string column, string row) => column + "_" + row;

    public const string GoalExpected = "预期目标";
    public const string GoalActual = "实际完成情况";

    // Indicator cells name the columns on the template's first indicator row.
    public const string Level1 = "一级指标";
    public const string Level2 = "二级指标";
    public const string Level3 = "三级指标";
    public const string Target = "年度指标值";
    public const string Actual = "实际完成值";
    public const string Weight = "指标分值";
    public const string Score = "指标得分";
    public const string Reason = "偏差原因";
    /// <summary>The numeric helper cells the score formulas use; by default the two columns right of the form.</summary>
    public const string TargetNumber = "指标值数";
    public const string ActualNumber = "实际值数";
    /// <summary>All of the template's indicator rows; by default the one row the indicator names sit on.</summary>
    public const string IndicatorArea = "指标区";

    public const string TotalWeight = "总分值";
    public const string Total = "总分";
    public const string TotalRemark = "总分备注";

    /// <summary>项目绩效分析 texts; the name is the label.</summary>
    public static readonly string[] Analysis =
    {
        "项目实施和预算执行情况及分析", "产出情况及分析", "效益情况及分析", "满意度情况及分析",
        "主要经验做法", "项目管理中存在的主要问题及原因分析", "下一步改进措施及管理建议",
    };

    /// <summary>Names the formulas cannot do without.</summary>
    public static IReadOnlyList<string> Required { get; } = new[]
    {
        Project,
        Funding("年初预算数", "总额"), Funding("全年预算数", "总额"), Funding("全年执行数", "总额"), Funding("分值", "总额"),
        Funding("执行率", "总额"), Funding("得分", "总额"),
        Level3, Target, Actual, Weight, Score, Total,
    };

    /// <summary>The names that sit on the first indicator row and repeat on every indicator row.</summary>
    public static IReadOnlyList<string> IndicatorColumns { get; } = new[]
    {
        Level1, Level2, Level3, Target, Actual, Weight, Score, Reason, TargetNumber, ActualNumber,
    };
}
