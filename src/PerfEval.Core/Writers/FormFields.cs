using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Writers;

/// <summary>A form as one line of a table of forms: the file it came from, its result, and its line in the table (1-based).</summary>
public sealed record FormRow(string File, FormResult Result, int Line);

/// <summary>
/// How a field's value is spelled. Each output spells a kind its own way, once:
/// the CSV through CsvText, JSON as numbers and strings, the workbook as cells,
/// HTML through Html.N.
/// </summary>
public enum FieldKind
{
    /// <summary>Text, as read from the form.</summary>
    Text,
    /// <summary>A number as read or counted, every place kept.</summary>
    Number,
    /// <summary>A computed score: the CSV rounds it as Excel's ROUND(x, 2); the others write it as computed.</summary>
    Score,
    /// <summary>A fraction (0.1545…), which the CSV writes as a percentage with two decimals (15.45).</summary>
    Percent,
    /// <summary>What only one output knows (the workbook's sheet of the form): that writer fills it.</summary>
    Output,
}

/// <summary>A field's value: a number, a text, or both (a stated number keeps the text as written).</summary>
public readonly record struct FieldValue(decimal? Number, string? Text)
{
    public static FieldValue Of(decimal? number) => new(number, null);
    public static FieldValue Of(string? text) => new(null, text);
}

/// <summary>
/// One output field of a form: <see cref="Name"/> is the CSV's English header (stable,
/// for scripts), <see cref="Header"/> the Chinese one people read in every output,
/// <see cref="Json"/> the property name in `check --format json` (none: not in JSON).
/// </summary>
public sealed class FormField(string name, string header, FieldKind kind, Func<FormRow, FieldValue> value)
{
    public string Name { get; } = name;
    public string Header { get; } = header;
    public FieldKind Kind { get; } = kind;
    public Func<FormRow, FieldValue> Value { get; } = value;

    public string? Json { get; init; }

    /// <summary>The header in the workbook's 汇总 sheet where it differs: 项目 rather than the form's own label 项目名称, so a reader never takes 汇总 for a form.</summary>
    public string? SheetHeader { get; init; }

    /// <summary>The column's width in the workbook, in characters.</summary>
    public double Width { get; init; } = 8;

    public override string ToString() => Name;
}

/// <summary>
/// The form's output fields, declared once, and the columns of each output that
/// lists forms: `summary --out` (CSV), `check --format json`, the 汇总 sheet of
/// the corrected workbook and the table of the HTML report. Each writer iterates
/// its layout here and spells each field by its kind; to add an output column,
/// declare the field below and put it in the layouts of the outputs that show it.
/// The layouts differ in order and extent because their readers differ (a script
/// wants every amount, the workbook links to its sheets), not by accident:
/// FormFieldsTests holds each output to its layout.
/// </summary>
public static class FormFields
{
    /// <summary>What the workbook and the report show for a form that gets no grade (its weights are not 100, issue 12); the CSV and JSON leave it empty.</summary>
    public const string Ungraded = "不评级";

    public static readonly FormField File = new("file", "文件", FieldKind.Text, r => FieldValue.Of(r.File));
    public static readonly FormField Form = new("form", "序号", FieldKind.Number, r => FieldValue.Of(r.Result.Form.Index)) { Json = "index" };
    /// <summary>The line of a table listing forms of several files (汇总, the HTML table), where the form's own number repeats.</summary>
    public static readonly FormField Line = new("line", "序号", FieldKind.Number, r => FieldValue.Of(r.Line)) { Width = 5 };
    public static readonly FormField Location = new("location", "原表位置", FieldKind.Text, r => FieldValue.Of(r.Result.Form.Location)) { Json = "location", Width = 10 };
    /// <summary>Where the form is, for people: the file's name and the form's place in it.</summary>
    public static readonly FormField Place = new("place", "位置", FieldKind.Text, r => FieldValue.Of($"{Path.GetFileName(r.File)} · {r.Result.Form.Location}"));
    public static readonly FormField Project = new("project", "项目名称", FieldKind.Text, r => FieldValue.Of(r.Result.Form.Project.Text)) { Json = "project", SheetHeader = "项目", Width = 24 };
    public static readonly FormField Department = new("department", "主管部门", FieldKind.Text, r => FieldValue.Of(r.Result.Form.Department.Text)) { Json = "department" };
    public static readonly FormField Implementer = new("implementer", "实施单位", FieldKind.Text, r => FieldValue.Of(r.Result.Form.Implementer.Text)) { Json = "implementer" };
    public static readonly FormField Year = new("year", "年度", FieldKind.Number, r => FieldValue.Of(r.Result.Form.Year)) { Json = "year" };
    public static readonly FormField BudgetInitial = new("budget_initial", "年初预算数", FieldKind.Number, r => FieldValue.Of(r.Result.Form.FundingTotal?.Initial.Value));
    public static readonly FormField BudgetFullYear = new("budget_full_year", "全年预算数", FieldKind.Number, r => FieldValue.Of(r.Result.Form.FundingTotal?.FullYear.Value));
    public static readonly FormField Executed = new("executed", "全年执行数", FieldKind.Number, r => FieldValue.Of(r.Result.Form.FundingTotal?.Executed.Value));
    /// <summary>Recomputed, not as stated: a wrong stated rate is PE103's business, not a column of data.</summary>
    public static readonly FormField ExecutionRate = new("execution_rate", "执行率（%）", FieldKind.Percent, r => FieldValue.Of(r.Result.Score.Rate));
    public static readonly FormField BudgetWeight = new("budget_weight", "预算执行分值", FieldKind.Number, r => FieldValue.Of(r.Result.Form.FundingTotal?.Weight.Value));
    public static readonly FormField BudgetScore = new("budget_score", "预算执行得分", FieldKind.Number, r => FieldValue.Of(r.Result.Form.FundingTotal?.Score.Value));
    /// <summary>Without a rate nothing is recomputed (forms.md: no rate, no score check).</summary>
    public static readonly FormField BudgetScoreRecomputed = new("budget_score_recomputed", "预算执行得分（重算）", FieldKind.Score,
        r => FieldValue.Of(r.Result.Score.Rate is null ? null : r.Result.Score.BudgetScore));
    public static readonly FormField WeightSum = new("weight_sum", "分值合计", FieldKind.Number, r => FieldValue.Of(r.Result.Score.WeightSum)) { Json = "weightSum" };
    /// <summary>As stated: the number, and the text as written where it is not one.</summary>
    public static readonly FormField StatedTotal = new("stated_total", "填报总分", FieldKind.Number,
        r => new FieldValue(r.Result.Form.StatedTotal.Value, r.Result.Form.StatedTotal.Raw.Trim())) { Json = "statedTotal" };
    public static readonly FormField ItemSum = new("item_sum", "各项得分合计", FieldKind.Number, r => FieldValue.Of(r.Result.Score.ItemSum)) { Json = "itemSum" };
    public static readonly FormField RecomputedTotal = new("recomputed_total", "重算总分", FieldKind.Score, r => FieldValue.Of(r.Result.Score.RecomputedTotal)) { Json = "recomputedTotal" };
    /// <summary>One sign convention everywhere: recomputed − stated; none without a stated total.</summary>
    public static readonly FormField Difference = new("difference", "差额（重算−填报）", FieldKind.Number,
        r => FieldValue.Of(r.Result.Form.StatedTotal.Value is { } s ? r.Result.Score.RecomputedTotal - s : null)) { Width = 9 };
    /// <summary>Null for a form that gets no grade.</summary>
    public static readonly FormField Grade = new("grade", "等级", FieldKind.Text, r => FieldValue.Of(r.Result.Score.Grade)) { Json = "grade", Width = 5 };
    public static readonly FormField Errors = new("errors", "错误", FieldKind.Number, r => Count(r, Severity.Error)) { Width = 5 };
    public static readonly FormField Warnings = new("warnings", "警告", FieldKind.Number, r => Count(r, Severity.Warning)) { Width = 5 };
    public static readonly FormField Infos = new("infos", "提示", FieldKind.Number, r => Count(r, Severity.Info)) { Width = 5 };
    /// <summary>The HTML table's one column for the three counts, drawn as chips.</summary>
    public static readonly FormField Findings = new("findings", "问题", FieldKind.Output, _ => default);
    /// <summary>The workbook's sheet of the form, linked from 汇总.</summary>
    public static readonly FormField Sheet = new("sheet", "工作表", FieldKind.Output, _ => default) { Width = 16 };
    /// <summary>How many cells of the form's sheet the workbook corrected.</summary>
    public static readonly FormField Corrected = new("corrected_cells", "更正单元格", FieldKind.Output, _ => default) { Width = 7 };

    /// <summary>Every field, for the tests that hold the layouts to this declaration.</summary>
    public static IReadOnlyList<FormField> All { get; } = new[]
    {
        File, Form, Line, Location, Place, Project, Department, Implementer, Year, BudgetInitial, BudgetFullYear, Executed,
        ExecutionRate, BudgetWeight, BudgetScore, BudgetScoreRecomputed, WeightSum, StatedTotal, ItemSum, RecomputedTotal,
        Difference, Grade, Errors, Warnings, Infos, Findings, Sheet, Corrected,
    };

    /// <summary>`summary --out`, one row per form, columns in the order of cli.md.</summary>
    public static IReadOnlyList<FormField> Csv { get; } = new[]
    {
        File, Form, Project, Department, Implementer, Year, BudgetInitial, BudgetFullYear, Executed, ExecutionRate,
        BudgetWeight, BudgetScore, BudgetScoreRecomputed, WeightSum, StatedTotal, ItemSum, RecomputedTotal, Grade,
        Errors, Warnings, Infos,
    };

    /// <summary>The form object of `check --format json` (its findings follow).</summary>
    public static IReadOnlyList<FormField> Json { get; } = new[]
    {
        Form, Project, Department, Implementer, Year, Location, StatedTotal, ItemSum, WeightSum, RecomputedTotal, Grade,
    };

    /// <summary>汇总, the corrected workbook's first sheet: totals live from the form sheets.</summary>
    public static IReadOnlyList<FormField> SummarySheet { get; } = new[]
    {
        Line, Location, Project, Sheet, StatedTotal, ItemSum, RecomputedTotal, Difference, Grade, Errors, Warnings, Infos, Corrected,
    };

    /// <summary>自评表一览, the HTML report's table of forms.</summary>
    public static IReadOnlyList<FormField> Html { get; } = new[]
    {
        Line, Project, Department, Place, StatedTotal, RecomputedTotal, Difference, Grade, Findings,
    };

    static FieldValue Count(FormRow r, Severity s) => FieldValue.Of(r.Result.Findings.Count(f => f.Severity == s));
}
