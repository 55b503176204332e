using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Writers.Html;

/// <summary>
/// One form drawn like the paper 自评表 (header, funding, goals, indicators,
/// total) on the same nine columns, every flagged cell coloured by severity
/// and explained in the margin.
/// </summary>
public static class FormView
{
    public static void Write(TextWriter w, FormResult r, string anchor, string fileName)
    {
        var form = r.Form;
        var marks = new Marks(r.Findings);
        w.Write($"<section class=\"form\" id=\"{anchor}\" data-grade=\"{Html.E(r.Score.Grade ?? "不评级")}\">\n");
        Head(w, r, fileName);
        w.Write("<div class=\"paper\"><p class=\"paper-title\">");
        w.Write(Html.E(string.IsNullOrWhiteSpace(form.Title) ? "项目支出绩效自评表" : form.Title.Trim()));
        w.Write("</p>");
        if (form.Year is { } year) w.Write($"<p class=\"paper-year\">（{year} 年度）</p>");
        w.Write("<table class=\"sheet\"><colgroup><col class=\"c-block\"><col class=\"c-l1\"><col class=\"c-l2\"><col class=\"c-name\">"
            + "<col class=\"c-val\"><col class=\"c-val\"><col class=\"c-w\"><col class=\"c-s\"><col class=\"c-reason\"><col class=\"c-notes\"></colgroup>\n");
        w.Write("<thead><tr><th colspan=\"9\"></th><th class=\"notes-head\">核查意见</th></tr></thead><tbody>\n");
        Header(w, form, marks);
        Funding(w, form, marks);
        Goals(w, form, marks);
        Indicators(w, form, marks);
        Total(w, r, marks);
        w.Write("</tbody></table></div>\n");

        var placed = marks.Placed;
        if (placed.Count > 0)
        {
            w.Write("<div class=\"print-notes\">");
            PaperRow.WriteNotes(w, placed, printCopy: true);
            w.Write("</div>\n");
        }

        var left = marks.Left;
        if (left.Count > 0)
        {
            w.Write("<div class=\"loose\"><h3>整表问题</h3>");
            PaperRow.WriteNotes(w, left);
            w.Write("</div>\n");
        }
        w.Write("</section>\n");
    }

    static void Head(TextWriter w, FormResult r, string fileName)
    {
        var form = r.Form;
        var s = r.Score;
        var stated = form.StatedTotal.Value;
        w.Write("<header class=\"form-head\"><div class=\"who\">");
        w.Write($"<p class=\"crumb\">{Html.E(fileName)} · {Html.E(form.Location)}</p>");
        w.Write(form.Project.IsEmpty
            ? "<h2 class=\"project empty\">（未填项目名称）</h2>"
            : $"<h2 class=\"project\">{Html.E(form.Project.Text.Trim())}</h2>");
        if (!form.Department.IsEmpty) w.Write($"<p class=\"dept\">{Html.E(form.Department.Text.Trim())}</p>");
        w.Write("</div><dl class=\"scores\">");
        w.Write($"<div><dt>填报总分</dt><dd>{(stated is { } v ? Html.N(v) : "<span class=\"blank\">未填</span>")}</dd></div>");
        w.Write($"<div><dt>重算总分</dt><dd>{Html.N(s.RecomputedTotal)}</dd></div>");
        if (stated is { } st && st != s.RecomputedTotal)
            w.Write($"<div><dt>差额（重算−填报）</dt><dd class=\"diff\">{Html.Signed(s.RecomputedTotal - st)}</dd></div>");
        w.Write($"<div><dt>等级</dt><dd>{Grades.Pill(s.GradeText)}</dd></div>");
        w.Write($"<div><dt>问题</dt><dd>{Counts.Chips(r.Findings)}</dd></div>");
        w.Write("</dl></header>\n");
    }

    static void Header(TextWriter w, Form f, Marks marks)
    {
        new PaperRow(marks).Label("项目名称").Text(f.Project.Text, f.Project.Ref, colspan: 8, cssClass: "txt strong").WriteTo(w);
        new PaperRow(marks)
            .Label("主管部门").Text(f.Department.Text, f.Department.Ref, colspan: 3)
            .Label("实施单位", colspan: 2).Text(f.Implementer.Text, f.Implementer.Ref, colspan: 3)
            .WriteTo(w);
    }

    static void Funding(TextWriter w, Form f, Marks marks)
    {
        var rows = new (FundingRow? Row, string Label)[]
        {
            (f.FundingTotal, "年度资金总额"),
            (f.Appropriation, "其中：当年财政拨款"),
            (f.CarryOver, "上年结转资金"),
            (f.OtherFunds, "其他资金"),
        };
        new PaperRow(marks, "colhead")
            .Label("项目资金（万元）", rowspan: rows.Length + 1, cssClass: "lbl block")
            .Label("", colspan: 2)
            .Label("年初预算数").Label("全年预算数").Label("全年执行数").Label("分值").Label("执行率").Label("得分")
            .WriteTo(w);
        foreach (var (row, label) in rows)
        {
            var line = new PaperRow(marks, row?.Kind == FundingKind.Total ? "fund-total" : "");
            if (row is null)
            {
                line.Label(label, colspan: 2, cssClass: "lbl sub");
                for (int i = 0; i < 6; i++) line.Text("", null, cssClass: "num");
            }
            else
            {
                line.Label(row.Label.Trim().Length > 0 ? row.Label.Trim() : label, colspan: 2, at: row.Ref,
                    cssClass: row.Kind == FundingKind.Total ? "lbl" : "lbl sub");
                Stated(line, row.Initial);
                Stated(line, row.FullYear);
                Stated(line, row.Executed);
                Stated(line, row.Weight);
                Stated(line, row.Rate, "%");
                Stated(line, row.Score);
            }
            line.WriteTo(w);
        }
    }

    static void Goals(TextWriter w, Form f, Marks marks)
    {
        new PaperRow(marks, "colhead")
            .Label("年度总体目标", rowspan: 2, cssClass: "lbl block")
            .Label("预期目标", colspan: 4).Label("实际完成情况", colspan: 4)
            .WriteTo(w);
        new PaperRow(marks)
            .Text(f.GoalExpected.Text, f.GoalExpected.Ref, colspan: 4, cssClass: "txt prose")
            .Text(f.GoalActual.Text, f.GoalActual.Ref, colspan: 4, cssClass: "txt prose")
            .WriteTo(w);
    }

    static void Indicators(TextWriter w, Form f, Marks marks)
    {
        var inds = f.Indicators;
        var head = new PaperRow(marks, "colhead")
            .Label("绩效指标", f.LabelWeights.Where(l => l.Level is null).Select(l => (CellRef?)l.Ref),
                rowspan: Math.Max(inds.Count, 1) + 1, cssClass: "lbl block")
            .Label("一级指标", at: f.IndicatorHeaderRef).Label("二级指标").Label("三级指标").Label("年度指标值").Label("实际完成值")
            .Label("分值").Label("得分").Label("偏差原因分析及改进措施");
        head.WriteTo(w);
        if (inds.Count == 0)
        {
            new PaperRow(marks).Text("（没有已填写的指标）", null, colspan: 8, cssClass: "txt none").WriteTo(w);
            return;
        }
        for (int i = 0; i < inds.Count; i++)
        {
            var ind = inds[i];
            var row = new PaperRow(marks);
            var l1 = Level1Name(ind);
            if (i == 0 || Level1Name(inds[i - 1]) != l1)
            {
                int span = Run(inds, i, x => Level1Name(x) == l1);
                var printed = f.LabelWeights.Where(l => l.Level == ind.Level1 && ind.Level1 != Level1.Unknown).ToList();
                row.Label(printed.Count > 0 ? printed[0].Label.Trim() : l1, printed.Select(l => (CellRef?)l.Ref), rowspan: span, cssClass: "lbl l1");
            }
            if (i == 0 || Level1Name(inds[i - 1]) != l1 || inds[i - 1].Level2 != ind.Level2)
            {
                int span = Run(inds, i, x => Level1Name(x) == l1 && x.Level2 == ind.Level2);
                row.Label(ind.Level2.Trim(), rowspan: span, cssClass: "lbl l2");
            }
            row.Text(ind.Name, ind.Ref, cssClass: "txt name")
                .Text(ind.Target.Raw, ind.TargetRef, cssClass: "txt val")
                .Text(ind.Actual.Raw, ind.ActualRef, cssClass: "txt val");
            Stated(row, ind.Weight);
            Stated(row, ind.Score);
            row.Text(ind.Reason, ind.ReasonRef, cssClass: "txt reason");
            row.WriteTo(w);
        }
    }

    static void Total(TextWriter w, FormResult r, Marks marks)
    {
        var f = r.Form;
        var row = new PaperRow(marks, "total").Label("总分", colspan: 6, at: f.TotalRef, cssClass: "lbl total-label");
        Stated(row, f.TotalWeight);
        // The stated total is compared with the recomputed one whatever rule flagged it.
        row.Number(Shown(f.StatedTotal), f.StatedTotal.Value, f.StatedTotal.Ref, shouldBe: r.Score.RecomputedTotal);
        row.Text(f.TotalRemark, null, cssClass: "txt reason").WriteTo(w);
    }

    static void Stated(PaperRow row, StatedNumber n, string suffix = "") =>
        row.Number(Shown(n), n.Value, n.Ref, suffix);

    static string Shown(StatedNumber n) => n.Raw.Trim().Length > 0 ? n.Raw.Trim() : n.Value is { } v ? Html.N(v) : "";

    static int Run(IReadOnlyList<Indicator> inds, int from, Func<Indicator, bool> same)
    {
        int n = 0;
        while (from + n < inds.Count && same(inds[from + n])) n++;
        return n;
    }

    /// <summary>
    /// The category the checker scored the row under, not the carried-down label:
    /// real forms leave 一级 blank over 效益 rows (forms.md).
    /// </summary>
    static string Level1Name(Indicator ind) => Labels.Level1Name(ind.Level1) ?? ind.Level1Label.Trim();
}
