namespace PerfEval.Samples;

/// <summary>The kind of a table row, decided by its labels, its cell count and the block it sits in.</summary>
public enum RowKind
{
    Other,
    ProjectName,
    Department,
    FundingHeader,
    Funding,
    GoalsHeader,
    Goals,
    IndicatorHeader,
    Indicator,
    Total,
    Analysis,
    AnalysisItem,
}

public static class RowLabels
{
    /// <summary>The text without any white space, so `绩\n效\n指\n标` compares as 绩效指标.</summary>
    public static string Squash(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static bool IsTitle(IReadOnlyList<string> row) =>
        row.Count == 1 && Squash(row[0]).Contains("绩效自评表");

    public static bool IsYearLine(IReadOnlyList<string> row) =>
        row.Count == 1 && (row[0].Contains("填列单位") || row[0].Contains("年度"));

    /// <summary>Kinds of the rows of one form's table. Rows with an empty first cell take the kind of the block they sit in.</summary>
    public static RowKind[] Classify(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var kinds = new RowKind[rows.Count];
        var block = RowKind.Other;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var first = row.Count > 0 ? Squash(row[0]) : "";
            RowKind kind;
            if (first == "项目名称") (kind, block) = (RowKind.ProjectName, RowKind.Other);
            else if (first == "主管部门") (kind, block) = (RowKind.Department, RowKind.Other);
            else if (first.StartsWith("项目资金")) (kind, block) = (RowKind.FundingHeader, RowKind.Funding);
            else if (first.StartsWith("年度总体目标")) (kind, block) = (RowKind.GoalsHeader, RowKind.Goals);
            else if (first.StartsWith("绩效指标")) (kind, block) = (RowKind.IndicatorHeader, RowKind.Indicator);
            else if (first == "总分") (kind, block) = (RowKind.Total, RowKind.Other);
            else if (first.StartsWith("项目绩效分析")) (kind, block) = (AnalysisKind(row), RowKind.Analysis);
            else if (first.Length == 0 && block == RowKind.Analysis) kind = AnalysisKind(row);
            else if (first.Length == 0) kind = block;
            else kind = RowKind.Other;
            kinds[i] = kind;
        }
        return kinds;
    }

    // 自评结果分析 rows carry a sub-label (4 cells); 主要经验做法 and the rows after it do not (3 cells).
    private static RowKind AnalysisKind(IReadOnlyList<string> row) =>
        row.Count >= 4 ? RowKind.Analysis : RowKind.AnalysisItem;
}
