using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Recognition;
using static PerfEval.Writers.Csv.CsvText;

namespace PerfEval.Writers.Csv;

/// <summary>`summary --indicators`: one row per filled-in indicator, columns in the order of cli.md.</summary>
public sealed class IndicatorsCsv : IDisposable
{
    public sealed record Row(string File, Form Form, IndicatorScore Score, string Rules);

    public static IReadOnlyList<CsvColumn<Row>> Columns { get; } = new CsvColumn<Row>[]
    {
        new("file", "文件", r => Text(r.File)),
        new("form", "序号", r => Number(r.Form.Index)),
        new("project", "项目名称", r => Text(r.Form.Project.Text)),
        new("level1", "一级指标", r => Text(Level1Name(r.Score.Indicator))),
        new("level2", "二级指标", r => Text(r.Score.Indicator.Level2)),
        new("name", "三级指标", r => Text(r.Score.Indicator.Name)),
        new("target", "年度指标值", r => Text(r.Score.Indicator.Target.Raw.Trim())),
        new("actual", "实际完成值", r => Text(r.Score.Indicator.Actual.Raw.Trim())),
        new("direction", "指标方向", r => DirectionName(r.Score.Direction)),
        new("weight", "分值", r => Number(r.Score.Indicator.Weight.Value)),
        new("score", "得分", r => Number(r.Score.Indicator.Score.Value)),
        new("score_recomputed", "得分（重算）", r => Score(r.Score.Rounded)),
        new("deviation_reason", "偏差原因分析及改进措施", r => Text(r.Score.Indicator.Reason.Trim())),
        new("rules", "问题代码", r => r.Rules),
    };

    readonly CsvTable<Row> _table;

    public IndicatorsCsv(TextWriter output, CsvHeader header, bool writeHeader = true) =>
        _table = new CsvTable<Row>(output, Columns, header, writeHeader);

    public int Rows => _table.Rows;

    public void Write(FileResult file)
    {
        foreach (var form in file.Forms)
            foreach (var s in form.Score.Indicators)
                _table.Write(new Row(file.Path, form.Form, s, RulesOnRow(form.Findings, s.Indicator)));
        _table.Flush();
    }

    public void Dispose() => _table.Dispose();

    /// <summary>The distinct codes of the findings whose cell lies on the indicator's row.</summary>
    public static string RulesOnRow(IEnumerable<Finding> findings, Indicator ind) => string.Join(' ',
        findings.Where(f => f.Cell is { } c && c.Row == ind.Ref.Row && c.Table == ind.Ref.Table && c.Sheet == ind.Ref.Sheet)
            .Select(f => f.Rule).Distinct());

    public static string DirectionName(Direction d) => d switch
    {
        Direction.Positive => "positive",
        Direction.Reverse => "reverse",
        _ => "qualitative",
    };

    /// <summary>The category the 二级 name decides (forms.md), or the label as printed when none does.</summary>
    static string Level1Name(Indicator ind) => Labels.Level1Name(ind.Level1) ?? ind.Level1Label.Trim();
}
