using PerfEval.Grid;

namespace PerfEval.Tests.Recognition;

/// <summary>
/// Builds a CellGrid from rows of strings, the way a reader would: "^" continues
/// the merged cell above, "&lt;" continues the merged cell on the left.
/// </summary>
public static class GridBuilder
{
    public static CellGrid Table(int table, IReadOnlyList<string> preamble, params string[][] rows)
    {
        var width = rows.Max(r => r.Length);
        var built = new List<GridRow>();
        for (int r = 0; r < rows.Length; r++)
        {
            var cells = new List<GridCell>();
            for (int c = 0; c < width; c++)
            {
                var text = c < rows[r].Length ? rows[r][c] : "";
                var at = new CellRef(table, r + 1, c + 1);
                if (text == "^" && r > 0)
                {
                    var above = built[r - 1].Cells[c];
                    cells.Add(new GridCell { Text = above.Text, Ref = at, Origin = above.Origin });
                }
                else if (text == "<" && c > 0)
                {
                    var left = cells[c - 1];
                    cells.Add(new GridCell { Text = left.Text, Ref = at, Origin = left.Origin });
                }
                else
                {
                    cells.Add(new GridCell { Text = text, Ref = at, Origin = at });
                }
            }
            built.Add(new GridRow(r + 1, cells));
        }
        return new CellGrid("表" + table, built, preamble, table: table);
    }

    public static SourceDocument Doc(params CellGrid[] grids) => new("test.docx", grids);

    /// <summary>A compact national form: 9 columns, the seed's layout.</summary>
    public static string[][] NationalRows(string project = "测试项目", string appropriationLabel = "其中：当年财政拨款",
        string targetHeader = "年度\n指标值", string level1Benefit = "效益指标") => new[]
    {
        new[] { "项目名称", project, "<", "<", "<", "<", "<", "<", "<" },
        new[] { "主管部门", "测试部门", "<", "<", "实施单位", "<", "测试单位", "<", "<" },
        new[] { "项目资金\n（万元）", "", "<", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分" },
        new[] { "^", "年度资金总额", "<", "10", "10", "10", "10", "100%", "10" },
        new[] { "^", appropriationLabel, "<", "10", "10", "10", "10", "100%", "10" },
        new[] { "^", "上年结转资金", "<", "", "", "", "—", "", "—" },
        new[] { "^", "其他资金", "<", "", "", "", "—", "", "—" },
        new[] { "年度总体目标", "预期目标", "<", "<", "<", "实际完成情况", "<", "<", "<" },
        new[] { "^", "年初预算资金10万元", "<", "<", "<", "当年实际执行10万元", "<", "<", "<" },
        new[] { "绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", targetHeader, "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施" },
        new[] { "^", "产出指标", "数量指标", "指标1：接待次数", "5次", "5次", "20", "20", "" },
        new[] { "^", "^", "质量指标", "指标1：完成率", "100%", "100%", "10", "10", "" },
        new[] { "^", "^", "时效指标", "指标1：及时性", "及时", "及时", "10", "10", "" },
        new[] { "^", "^", "成本指标", "指标1：接待费用", "8万", "7万", "10", "10", "" },
        new[] { "^", "^", "^", "指标2：", "", "", "", "", "" },
        new[] { "^", level1Benefit, "社会效益\n指标", "指标1：群众认可度", "100%", "100%", "30", "30", "" },
        new[] { "^", "满意度\n指标", "服务对象满意度指标", "指标1：满意度", "100%", "100%", "10", "10", "" },
        new[] { "总分", "<", "<", "<", "<", "<", "100", "100", "" },
        new[] { "项目绩效分析", "自评结果分析", "产出情况及分析", "<", "按计划完成", "<", "<", "<", "<" },
        new[] { "^", "主要经验做法", "<", "<", "做法", "<", "<", "<", "<" },
    };

    public static readonly string[] TitlePreamble = { "项目支出绩效自评表", "填列单位（公章）：         （ 2021   年度）" };
}
