using PerfEval.Scoring;
using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Values;

namespace PerfEval.Writers.Workbook;

internal enum TableValue { Empty, Number, Text, Formula, Link }

/// <summary>One cell of 汇总 or 问题清单: a number, a text, a formula with its value, or a link to a cell of the workbook.</summary>
internal readonly record struct TableEntry(TableValue Kind, decimal Number = 0, string Text = "", string? Formula = null, decimal? Cached = null, string? Location = null)
{
    public static TableEntry Num(decimal n) => new(TableValue.Number, Number: n);
    public static TableEntry Str(string s) => new(TableValue.Text, Text: s);
    /// <param name="cachedText">The value when it is text (<paramref name="cached"/> null).</param>
    public static TableEntry Calc(string formula, decimal? cached, string cachedText = "") => new(TableValue.Formula, Text: cachedText, Formula: formula, Cached: cached);
    public static TableEntry Link(string text, string location) => new(TableValue.Link, Text: text, Location: location);
    /// <summary>A stated number as a number, else the text as written.</summary>
    public static TableEntry Stated(StatedNumber n) => n.Value is { } v ? Num(v) : Str(n.Raw.Trim());
}

/// <summary>A sheet that is one table under a header row (widths in characters); rows may be shorter than the header.</summary>
internal sealed record SheetTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths, IReadOnlyList<TableEntry[]> Rows);

/// <summary>
/// 汇总 (one row per form, totals live from the form sheets; its columns are
/// FormFields.SummarySheet) and 问题清单 (every finding), as tables either
/// writer renders. Their headers avoid the form's own labels (项目名称, 总分)
/// so a reader never takes them for a form. Differences are recomputed −
/// stated, as everywhere in perfeval.
/// </summary>
internal static class SummarySheets
{
    public const string Summary = "汇总";
    public const string Issues = "问题清单";

    /// <summary>汇总, its columns the given layout of the form's fields (FormFields.SummarySheet).</summary>
    public static SheetTable SummaryTable(string file, IReadOnlyList<FormSheet> forms, ScoringProfile profile, IReadOnlyList<FormField> fields)
    {
        var headers = fields.Select(c => c.SheetHeader ?? c.Header).ToArray();
        var widths = fields.Select(c => c.Width).ToArray();
        // The formulas name the columns of the stated and recomputed totals wherever the layout puts them.
        string Column(FormField field)
        {
            int i = fields.ToList().IndexOf(field);
            return i >= 0 ? CellRef.ColumnLetters(i + 1) : throw new InvalidOperationException($"汇总 needs the column {field.Name}");
        }
        var rows = new List<TableEntry[]>();
        for (int i = 0; i < forms.Count; i++)
        {
            var f = forms[i];
            var line = new FormRow(file, f.Result, i + 1);
            int row = i + 2;
            rows.Add(fields.Select(field => Entry(field, field.Value(line))).ToArray());

            TableEntry Entry(FormField field, FieldValue v)
            {
                if (field == FormFields.Sheet) return TableEntry.Link(f.Name, $"{SheetNames.Quote(f.Name)}!A1");
                if (field == FormFields.Corrected) return TableEntry.Num(f.Marked);
                if (field == FormFields.RecomputedTotal) return TableEntry.Calc($"{SheetNames.Quote(f.Name)}!{f.TotalCell}", v.Number);
                if (field == FormFields.Difference)
                {
                    string stated = Column(FormFields.StatedTotal) + row, recomputed = Column(FormFields.RecomputedTotal) + row;
                    return TableEntry.Calc($"IF(ISNUMBER({stated}),ROUND({recomputed}-{stated},2),\"\")", v.Number is { } d ? Tolerance.Round2(d) : null);
                }
                // A form whose weights are not 100 gets no grade (issue 12), so no grade formula either.
                if (field == FormFields.Grade)
                    return v.Text is null ? TableEntry.Str(FormFields.Ungraded) : TableEntry.Calc(Formulas.Grade(Column(FormFields.RecomputedTotal) + row, profile), null, v.Text);
                return field.Kind switch
                {
                    FieldKind.Text => TableEntry.Str(v.Text ?? ""),
                    FieldKind.Number or FieldKind.Score or FieldKind.Percent =>
                        v.Number is { } n ? TableEntry.Num(n) : v.Text is { } t ? TableEntry.Str(t) : default,
                    _ => throw new InvalidOperationException($"{field.Name} is not a column of 汇总"),
                };
            }
        }
        return new SheetTable(Summary, headers, widths, rows);
    }

    public static SheetTable IssuesTable(IReadOnlyList<FormSheet> forms)
    {
        var headers = new[] { "序号", "原表位置", "项目", "规则", "级别", "原文件位置", "本工作簿位置", "说明", "应为", "填报值" };
        var widths = new double[] { 5, 8, 16, 7, 5, 14, 22, 44, 7, 7 };
        var rows = new List<TableEntry[]>();
        foreach (var f in forms)
        {
            var form = f.Result.Form;
            foreach (var finding in f.Result.Findings)
            {
                var here = f.Where(finding.Cell);
                rows.Add(new[]
                {
                    TableEntry.Num(rows.Count + 1),
                    TableEntry.Str(form.Location),
                    TableEntry.Str(form.Project.Text),
                    TableEntry.Str(finding.Rule),
                    TableEntry.Str(finding.Severity.Chinese()),
                    TableEntry.Str(finding.LocationText(form.Location)),
                    TableEntry.Link(here is null ? f.Name : $"{f.Name}!{here}", $"{SheetNames.Quote(f.Name)}!{here ?? "A1"}"),
                    TableEntry.Str(finding.Message),
                    finding.Expected is { } e ? TableEntry.Num(e) : default,
                    finding.Actual is { } a ? TableEntry.Num(a) : default,
                });
            }
        }
        return new SheetTable(Issues, headers, widths, rows);
    }

    /// <summary>What a cell shows, for fitting row heights; formulas here show short numbers.</summary>
    public static string Shown(TableEntry c) => c.Kind switch
    {
        TableValue.Number => Formulas.N(c.Number),
        TableValue.Text or TableValue.Link => c.Text,
        _ => "",
    };
}
