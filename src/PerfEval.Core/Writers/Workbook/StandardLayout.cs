namespace PerfEval.Writers.Workbook;

/// <summary>
/// One cell of the blank standard form: its text at (Row, Col), covering
/// Rows × Cols grid positions, and the defined name that tells the fix
/// writer what goes there (null for a pure label).
/// </summary>
public sealed record LayoutCell(int Row, int Col, int Rows, int Cols, string Text, string? Name = null)
{
    public int LastRow => Row + Rows - 1;
    public int LastCol => Col + Cols - 1;
}

/// <summary>
/// The national 9-column 项目支出绩效自评表 (the layout of the seed forms), as
/// the template builder lays it out in .xlsx and .docx. Rows 1–2 are the
/// title and the year line; in Word they are paragraphs above the table.
/// </summary>
public static class StandardLayout
{
    public const int Columns = 9;
    public const int TitleRow = 1, YearRow = 2, TableFirstRow = 3;
    public const int FundingHeaderRow = 5, IndicatorHeaderRow = 12, FirstIndicatorRow = 13, LastIndicatorRow = 21;
    public const int TotalRow = 22, LastRow = 29;

    public const string YearLine = "填列单位（公章）：                    （      年度）";

    /// <summary>Character widths of A–I: about 100 characters, one A4 portrait page wide.</summary>
    public static readonly double[] ColumnWidths = { 6, 9, 10, 20, 11, 11, 7, 8, 18 };

    /// <summary>The placeholder rows of the indicator block: 一级, 二级.</summary>
    static readonly (string Level1, string Level2)[] Skeleton =
    {
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"), ("产出指标", "成本指标"),
        ("效益指标", "经济效益指标"), ("效益指标", "社会效益指标"), ("效益指标", "生态效益指标"), ("效益指标", "可持续影响指标"),
        ("满意度指标", "服务对象满意度指标"),
    };

    public static IReadOnlyList<LayoutCell> Cells { get; } = Build();

    static List<LayoutCell> Build()
    {
        var cells = new List<LayoutCell>
        {
            new(TitleRow, 1, 1, 9, "项目支出绩效自评表"),
            new(YearRow, 1, 1, 9, YearLine, TemplateNames.Year),
            new(3, 1, 1, 1, "项目名称"),
            new(3, 2, 1, 8, "", TemplateNames.Project),
            new(4, 1, 1, 1, "主管部门"),
            new(4, 2, 1, 3, "", TemplateNames.Department),
            new(4, 5, 1, 2, "实施单位"),
            new(4, 7, 1, 3, "", TemplateNames.Implementer),
            new(FundingHeaderRow, 1, 5, 1, "项目资金\n（万元）"),
            new(FundingHeaderRow, 2, 1, 2, ""),
        };
        for (int i = 0; i < TemplateNames.FundingColumns.Length; i++)
            cells.Add(new(FundingHeaderRow, 4 + i, 1, 1, TemplateNames.FundingColumns[i]));

        var rowLabels = new[] { "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金" };
        for (int r = 0; r < rowLabels.Length; r++)
        {
            int row = FundingHeaderRow + 1 + r;
            cells.Add(new(row, 2, 1, 2, rowLabels[r]));
            for (int i = 0; i < TemplateNames.FundingColumns.Length; i++)
            {
                var column = TemplateNames.FundingColumns[i];
                string text = column == "分值" && r == 0 ? "10"
                    : (column is "分值" or "得分") && r >= 2 ? "—"
                    : "";
                cells.Add(new(row, 4 + i, 1, 1, text, TemplateNames.Funding(column, TemplateNames.FundingRows[r])));
            }
        }

        cells.Add(new(10, 1, 2, 1, "年度总体目标"));
        cells.Add(new(10, 2, 1, 4, "预期目标"));
        cells.Add(new(10, 6, 1, 4, "实际完成情况"));
        cells.Add(new(11, 2, 1, 4, "", TemplateNames.GoalExpected));
        cells.Add(new(11, 6, 1, 4, "", TemplateNames.GoalActual));

        cells.Add(new(IndicatorHeaderRow, 1, LastIndicatorRow - IndicatorHeaderRow + 1, 1, "绩\n效\n指\n标"));
        var headers = new[] { "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施" };
        for (int i = 0; i < headers.Length; i++)
            cells.Add(new(IndicatorHeaderRow, 2 + i, 1, 1, headers[i]));
        for (int i = 0; i < Skeleton.Length; i++)
        {
            int row = FirstIndicatorRow + i;
            bool first = i == 0;
            var (level1, level2) = Skeleton[i];
            if (i == 0 || Skeleton[i - 1].Level1 != level1)
                cells.Add(new(row, 2, Skeleton.Count(s => s.Level1 == level1), 1, level1, first ? TemplateNames.Level1 : null));
            cells.Add(new(row, 3, 1, 1, level2, first ? TemplateNames.Level2 : null));
            cells.Add(new(row, 4, 1, 1, "指标1：", first ? TemplateNames.Level3 : null));
            cells.Add(new(row, 5, 1, 1, "", first ? TemplateNames.Target : null));
            cells.Add(new(row, 6, 1, 1, "", first ? TemplateNames.Actual : null));
            cells.Add(new(row, 7, 1, 1, "", first ? TemplateNames.Weight : null));
            cells.Add(new(row, 8, 1, 1, "", first ? TemplateNames.Score : null));
            cells.Add(new(row, 9, 1, 1, "", first ? TemplateNames.Reason : null));
        }

        cells.Add(new(TotalRow, 1, 1, 6, "总分"));
        cells.Add(new(TotalRow, 7, 1, 1, "100", TemplateNames.TotalWeight));
        cells.Add(new(TotalRow, 8, 1, 1, "", TemplateNames.Total));
        cells.Add(new(TotalRow, 9, 1, 1, "", TemplateNames.TotalRemark));

        int analysis = TotalRow + 1;
        cells.Add(new(analysis, 1, 7, 1, "项目绩效分析"));
        cells.Add(new(analysis, 2, 4, 1, "自评结果分析"));
        for (int i = 0; i < 4; i++)
        {
            cells.Add(new(analysis + i, 3, 1, 2, TemplateNames.Analysis[i]));
            cells.Add(new(analysis + i, 5, 1, 5, "", TemplateNames.Analysis[i]));
        }
        for (int i = 4; i < TemplateNames.Analysis.Length; i++)
        {
            cells.Add(new(analysis + i, 2, 1, 3, TemplateNames.Analysis[i]));
            cells.Add(new(analysis + i, 5, 1, 5, "", TemplateNames.Analysis[i]));
        }
        return cells;
    }
}
