using PerfEval.Findings;
using static PerfEval.Writers.Csv.CsvText;
using PerfEval.Model;

namespace PerfEval.Writers.Csv;

/// <summary>`summary --out`: one row per form, columns in the order of cli.md.</summary>
public sealed class FormsCsv : IDisposable
{
    public sealed record Row(string File, FormResult Result);

    public static IReadOnlyList<CsvColumn<Row>> Columns { get; } = new CsvColumn<Row>[]
    {
        new("file", "文件", r => Text(r.File)),
        new("form", "序号", r => Number(r.Result.Form.Index)),
        new("project", "项目名称", r => Text(r.Result.Form.Project.Text)),
        new("department", "主管部门", r => Text(r.Result.Form.Department.Text)),
        new("implementer", "实施单位", r => Text(r.Result.Form.Implementer.Text)),
        new("year", "年度", r => Number(r.Result.Form.Year)),
        new("budget_initial", "年初预算数", r => Number(r.Result.Form.FundingTotal?.Initial.Value)),
        new("budget_full_year", "全年预算数", r => Number(r.Result.Form.FundingTotal?.FullYear.Value)),
        new("executed", "全年执行数", r => Number(r.Result.Form.FundingTotal?.Executed.Value)),
        // Recomputed, not as stated: a wrong stated rate is PE103's business, not a column of data.
        new("execution_rate", "执行率（%）", r => Percent(r.Result.Score.Rate)),
        new("budget_weight", "预算执行分值", r => Number(r.Result.Form.FundingTotal?.Weight.Value)),
        new("budget_score", "预算执行得分", r => Number(r.Result.Form.FundingTotal?.Score.Value)),
        // Without a rate nothing is recomputed (forms.md: no rate, no score check).
        new("budget_score_recomputed", "预算执行得分（重算）", r => r.Result.Score.Rate is null ? "" : Score(r.Result.Score.BudgetScore)),
        new("weight_sum", "分值合计", r => Number(r.Result.Score.WeightSum)),
        new("stated_total", "填报总分", r => Number(r.Result.Form.StatedTotal.Value)),
        new("item_sum", "各项得分合计", r => Number(r.Result.Score.ItemSum)),
        new("recomputed_total", "重算总分", r => Score(r.Result.Score.RecomputedTotal)),
        new("grade", "等级", r => Text(r.Result.Score.Grade)),
        new("errors", "错误", r => Count(r, Severity.Error)),
        new("warnings", "警告", r => Count(r, Severity.Warning)),
        new("infos", "提示", r => Count(r, Severity.Info)),
    };

    readonly CsvTable<Row> _table;

    public FormsCsv(TextWriter output, CsvHeader header, bool writeHeader = true) =>
        _table = new CsvTable<Row>(output, Columns, header, writeHeader);

    public int Rows => _table.Rows;

    public void Write(FileResult file)
    {
        foreach (var form in file.Forms) _table.Write(new Row(file.Path, form));
        _table.Flush();
    }

    public void Dispose() => _table.Dispose();

    static string Count(Row r, Severity s) => Number(r.Result.Findings.Count(f => f.Severity == s));
}
