using ClosedXML.Excel;
using PerfEval.Writers.Workbook;
using N = PerfEval.Writers.Workbook.TemplateNames;

namespace PerfEval.Tests.Fix;

/// <summary>
/// A template laid out unlike the standard one, as a province might make
/// it: 全年预算数 before 年初预算数, 执行率 before 分值, the indicator 分值
/// before the values, two indicator rows, no 上年结转/其他资金 rows, helper
/// columns placed by the template (sheet-scoped names) two columns apart.
/// </summary>
public static class ProvinceTemplate
{
    public const string Sheet = "省级模板";

    public static byte[] Bytes(Action<XLWorkbook, IXLWorksheet>? change = null)
    {
        using var book = new XLWorkbook();
        var ws = book.Worksheets.Add("说明");
        ws.Cell("A1").SetValue("本工作簿第二张表为自评表模板。");
        ws = book.Worksheets.Add(Sheet);
        void Label(string range, string text)
        {
            var r = ws.Range(range);
            if (r.RowCount() > 1 || r.ColumnCount() > 1) r.Merge();
            r.FirstCell().SetValue(text);
        }
        void Name(string name, string cell, bool local = false)
        {
            if (local) ws.NamedRanges.Add(name, ws.Range(cell));
            else book.NamedRanges.Add(name, ws.Range(cell));
        }

        Label("A1:I1", "项目支出绩效自评表");
        Label("A2:I2", "（    年度）");
        Name(N.Year, "A2");
        Label("A3", "项目名称"); Label("B3:I3", ""); Name(N.Project, "B3");
        Label("A4", "主管部门"); Label("B4:D4", ""); Name(N.Department, "B4");
        Label("E4", "实施单位"); Label("F4:I4", ""); Name(N.Implementer, "F4");

        Label("A5:A7", "项目资金（万元）");
        var funding = new[] { ("C", "全年预算数"), ("D", "年初预算数"), ("E", "全年执行数"), ("F", "执行率"), ("G", "分值"), ("H", "得分") };
        foreach (var (col, label) in funding)
        {
            Label(col + "5", label);
            Name(N.Funding(label, "总额"), col + "6");
            Name(N.Funding(label, "财政拨款"), col + "7");
        }
        Label("B6", "年度资金总额");
        Label("B7", "其中：当年财政拨款");

        Label("A8:A9", "年度总体目标");
        Label("B8:D8", "预期目标"); Label("E8:I8", "实际完成情况");
        Label("B9:D9", ""); Name(N.GoalExpected, "B9");
        Label("E9:I9", ""); Name(N.GoalActual, "E9");

        Label("A10:A12", "绩效指标");
        var indicator = new[]
        {
            ("B", "一级指标", N.Level1), ("C", "二级指标", N.Level2), ("D", "三级指标", N.Level3), ("E", "分值", N.Weight),
            ("F", "年度指标值", N.Target), ("G", "实际完成值", N.Actual), ("H", "得分", N.Score), ("I", "偏差原因分析及改进措施", N.Reason),
        };
        foreach (var (col, label, name) in indicator)
        {
            Label(col + "10", label);
            Name(name, col + "11");
        }
        Name(N.IndicatorArea, "B11:I12");
        Name(N.TargetNumber, "L11", local: true);
        Name(N.ActualNumber, "N11", local: true);
        Label("L10", "目标数"); Label("N10", "实际数");

        Label("A13:D13", "总分");
        Name(N.TotalWeight, "E13");
        ws.Cell("E13").Value = 100;
        Label("F13:G13", "");
        Name(N.Total, "H13");
        Name(N.TotalRemark, "I13");

        Label("A14:A15", "项目绩效分析");
        Label("B14:D14", "主要经验做法"); Label("E14:I14", ""); Name(N.Analysis[4], "E14");
        Label("B15:D15", "下一步改进措施及管理建议"); Label("E15:I15", ""); Name(N.Analysis[6], "E15");

        var table = ws.Range("A3:I15");
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        change?.Invoke(book, ws);

        using var buffer = new MemoryStream();
        book.SaveAs(buffer);
        return buffer.ToArray();
    }

    public static FormTemplate Load(Action<XLWorkbook, IXLWorksheet>? change = null) =>
        FormTemplate.FromBytes(Bytes(change), "省级模板.xlsx");
}
