using PerfEval.Findings;
using static PerfEval.Writers.Csv.CsvText;
using PerfEval.Model;

namespace PerfEval.Writers.Csv;

/// <summary>`check --format csv`: one finding per row, English header (a script's format, like jsonl).</summary>
public sealed class FindingsCsv : IReportWriter
{
    public sealed record Row(string Path, int? Form, string? Project, Finding Finding, string Location);

    public static IReadOnlyList<CsvColumn<Row>> Columns { get; } = new CsvColumn<Row>[]
    {
        new("path", "文件", r => Text(r.Path)),
        new("form", "序号", r => Number(r.Form)),
        new("project", "项目名称", r => Text(r.Project)),
        new("rule", "规则", r => r.Finding.Rule),
        new("severity", "级别", r => r.Finding.Severity.Name()),
        new("location", "位置", r => Text(r.Location)),
        new("message", "说明", r => Text(r.Finding.Message)),
        new("expected", "应为", r => Number(r.Finding.Expected)),
        new("actual", "填报", r => Number(r.Finding.Actual)),
    };

    readonly CsvTable<Row> _table;

    public FindingsCsv(TextWriter output, bool writeHeader = true) =>
        _table = new CsvTable<Row>(output, Columns, CsvHeader.En, writeHeader);

    public void Write(FileResult file)
    {
        var fileLocation = Json.FileLocation(file);
        foreach (var f in file.Findings) _table.Write(new Row(file.Path, null, null, f, f.LocationText(fileLocation)));
        foreach (var form in file.Forms)
            foreach (var f in form.Findings)
                _table.Write(new Row(file.Path, form.Form.Index, form.Form.Project.Text, f, f.LocationText(form.Form.Location)));
        _table.Flush();
    }

    public void Finish(TimeSpan elapsed) => _table.Flush();

    public void Dispose() => _table.Dispose();
}
