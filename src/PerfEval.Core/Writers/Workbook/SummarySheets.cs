using ClosedXML.Excel;
using PerfEval.Findings;
using PerfEval.Scoring;
using PerfEval.Values;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// 汇总 (one row per form, totals live from the form sheets) and 问题清单
/// (every finding). Their headers avoid the form's own labels (项目名称, 总分)
/// so a reader never takes them for a form.
/// </summary>
internal static class SummarySheets
{
    public const string Summary = "汇总";
    public const string Issues = "问题清单";

    public static void WriteSummary(IXLWorksheet ws, IReadOnlyList<FormSheet> forms, ScoringProfile profile, CachedValues cache)
    {
        var headers = new[] { "序号", "原表位置", "项目", "工作表", "填报总分", "各项得分合计", "重算总分", "差额（重算−填报）", "等级", "错误", "警告", "提示", "更正单元格" };
        var widths = new double[] { 5, 10, 24, 16, 8, 8, 8, 9, 5, 5, 5, 5, 7 };
        Header(ws, headers, widths);
        for (int i = 0; i < forms.Count; i++)
        {
            var f = forms[i];
            var form = f.Result.Form;
            var score = f.Result.Score;
            int row = i + 2;
            ws.Cell(row, 1).Value = i + 1;
            SheetStyle.SetText(ws.Cell(row, 2), form.Location);
            SheetStyle.SetText(ws.Cell(row, 3), form.Project.Text);
            var link = ws.Cell(row, 4);
            link.SetValue(f.Name);
            link.Hyperlink = new XLHyperlink($"{SheetNames.Quote(f.Name)}!A1");
            if (form.StatedTotal.Value is { } stated) ws.Cell(row, 5).Value = stated;
            else SheetStyle.SetText(ws.Cell(row, 5), form.StatedTotal.Raw.Trim());
            ws.Cell(row, 6).Value = score.ItemSum;

            var recomputed = ws.Cell(row, 7);
            recomputed.FormulaA1 = $"{SheetNames.Quote(f.Name)}!{f.TotalCell}";
            cache.Set(ws.Name, recomputed.Address.ToStringRelative(), score.RecomputedTotal);

            var diff = ws.Cell(row, 8);
            diff.FormulaA1 = $"IF(ISNUMBER(E{row}),ROUND(G{row}-E{row},2),\"\")";
            if (form.StatedTotal.Value is { } s) cache.Set(ws.Name, $"H{row}", Tolerance.Round2(score.RecomputedTotal - s));
            else cache.SetText(ws.Name, $"H{row}", "");

            ws.Cell(row, 9).FormulaA1 = Formulas.Grade($"G{row}", profile);
            cache.SetText(ws.Name, $"I{row}", profile.Grade(score.RecomputedTotal));

            ws.Cell(row, 10).Value = f.Result.Findings.Count(x => x.Severity == Severity.Error);
            ws.Cell(row, 11).Value = f.Result.Findings.Count(x => x.Severity == Severity.Warning);
            ws.Cell(row, 12).Value = f.Result.Findings.Count(x => x.Severity == Severity.Info);
            ws.Cell(row, 13).Value = f.Marked;
        }
        Finish(ws, forms.Count + 1, headers.Length);
    }

    public static void WriteIssues(IXLWorksheet ws, IReadOnlyList<FormSheet> forms)
    {
        var headers = new[] { "序号", "原表位置", "项目", "规则", "级别", "原文件位置", "本工作簿位置", "说明", "应为", "填报值" };
        var widths = new double[] { 5, 8, 16, 7, 5, 14, 22, 44, 7, 7 };
        Header(ws, headers, widths);
        int row = 2;
        foreach (var f in forms)
        {
            var form = f.Result.Form;
            foreach (var finding in f.Result.Findings)
            {
                ws.Cell(row, 1).Value = row - 1;
                SheetStyle.SetText(ws.Cell(row, 2), form.Location);
                SheetStyle.SetText(ws.Cell(row, 3), form.Project.Text);
                ws.Cell(row, 4).SetValue(finding.Rule);
                ws.Cell(row, 5).SetValue(finding.Severity.Chinese());
                ws.Cell(row, 6).SetValue(finding.LocationText(form.Location));
                var here = f.Where(finding.Cell);
                var link = ws.Cell(row, 7);
                link.SetValue(here is null ? f.Name : $"{f.Name}!{here}");
                link.Hyperlink = new XLHyperlink($"{SheetNames.Quote(f.Name)}!{here ?? "A1"}");
                SheetStyle.SetText(ws.Cell(row, 8), finding.Message);
                if (finding.Expected is { } e) ws.Cell(row, 9).Value = e;
                if (finding.Actual is { } a) ws.Cell(row, 10).Value = a;
                row++;
            }
        }
        Finish(ws, row - 1, headers.Length);
    }

    // Reading a formula cell would make ClosedXML evaluate it; formulas here show short numbers.
    static string Shown(IXLCell cell) => cell.HasFormula ? "" : cell.GetString();


    static void Header(IXLWorksheet ws, string[] headers, double[] widths)
    {
        for (int c = 0; c < headers.Length; c++)
        {
            ws.Cell(1, c + 1).SetValue(headers[c]);
            ws.Column(c + 1).Width = widths[c];
        }
        var head = ws.Range(1, 1, 1, headers.Length);
        head.Style.Font.Bold = true;
        head.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        ws.SheetView.FreezeRows(1);
    }

    static void Finish(IXLWorksheet ws, int lastRow, int lastCol)
    {
        var all = ws.Range(1, 1, Math.Max(lastRow, 1), lastCol);
        all.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        all.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        all.Style.Alignment.WrapText = true;
        all.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        if (lastRow > 1) all.SetAutoFilter();
        SheetStyle.FitRows(ws, Enumerable.Range(1, lastRow).SelectMany(r =>
            Enumerable.Range(1, lastCol).Select(c => (r, 1, ws.Column(c).Width, Shown(ws.Cell(r, c))))));
        SheetStyle.PrintSetup(ws, Math.Max(lastRow, 1), lastCol, repeatRows: 1);
    }
}
