using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Model;
using PerfEval.Scoring;
using PerfEval.Tests.Fix;
using PerfEval.Writers;
using PerfEval.Writers.Csv;
using PerfEval.Writers.Html;
using PerfEval.Writers.Workbook;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Formats;

/// <summary>
/// The form's output fields are declared once (Writers/FormFields): the summary CSV, the
/// JSON report, the workbook's 汇总 and the HTML table each list their layout of that
/// declaration, with its headers and its values, and a field added to the layouts shows in
/// all four without a writer changing.
/// </summary>
public class FormFieldsTests
{
    static FileResult Result() => FixForms.Result(null, FixForms.Mixed(), Make(project: "无总分", statedTotal: ""));

    static string Csv(FileResult file, CsvHeader header, IReadOnlyList<FormField>? fields = null)
    {
        var w = new StringWriter();
        using (var csv = fields is null ? new FormsCsv(w, header) : new FormsCsv(w, header, fields)) csv.Write(file);
        return w.ToString();
    }

    static JsonElement JsonForms(FileResult file, IReadOnlyList<FormField>? fields = null)
    {
        using var stream = new MemoryStream();
        using (var json = fields is null ? new JsonReport(stream) : new JsonReport(stream, fields))
        {
            json.Write(file);
            json.Finish(TimeSpan.Zero);
        }
        return JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("files")[0].GetProperty("forms").Clone();
    }

    static string HtmlTable(FileResult file, IReadOnlyList<FormField>? fields = null)
    {
        using var stream = new MemoryStream();
        using (var html = fields is null ? new HtmlReport(stream, DateTimeOffset.UnixEpoch) : new HtmlReport(stream, fields, DateTimeOffset.UnixEpoch))
        {
            html.Write(file);
            html.Finish(TimeSpan.Zero);
        }
        var page = Encoding.UTF8.GetString(stream.ToArray());
        int start = page.IndexOf("id=\"form-table\"", StringComparison.Ordinal);
        return page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    static List<string> Headers(string table) =>
        Regex.Matches(table, "<th[^>]*>([^<]*)</th>").Select(m => m.Groups[1].Value).ToList();

    /// <summary>The cells of 汇总 in a corrected workbook written with the given layout.</summary>
    static Dictionary<string, SavedCell> Summary(FileResult file, IReadOnlyList<FormField>? fields = null)
    {
        using var buffer = new MemoryStream();
        CorrectedWorkbook.Write(file, FixForms.BuiltIn, ScoringProfile.National, buffer, fields);
        return SavedCells.Read(buffer.ToArray())["汇总"];
    }

    static string Column(IReadOnlyList<FormField> layout, FormField field) => PerfEval.Grid.CellRef.ColumnLetters(layout.ToList().IndexOf(field) + 1);

    [Fact]
    public void The_layouts_are_made_of_the_declared_fields()
    {
        Assert.Equal(FormFields.All.Count, FormFields.All.Select(f => f.Name).Distinct().Count());
        foreach (var layout in new[] { FormFields.Csv, FormFields.Json, FormFields.SummarySheet, FormFields.Html })
        {
            Assert.All(layout, f => Assert.Contains(f, FormFields.All));
            Assert.Equal(layout.Count, layout.Distinct().Count());
        }
        Assert.All(FormFields.Json, f => Assert.NotNull(f.Json));
        Assert.DoesNotContain(FormFields.Csv, f => f.Kind == FieldKind.Output);
    }

    [Fact]
    public void Each_output_lists_its_layout_with_the_declared_headers()
    {
        var file = Result();
        Assert.Equal(string.Join(",", FormFields.Csv.Select(f => f.Header)), Csv(file, CsvHeader.Zh).Split("\r\n")[0]);
        Assert.Equal(string.Join(",", FormFields.Csv.Select(f => f.Name)), Csv(file, CsvHeader.En).Split("\r\n")[0]);

        var form = JsonForms(file)[0];
        Assert.Equal(FormFields.Json.Select(f => f.Json!).Append("findings"), form.EnumerateObject().Select(p => p.Name));

        var sheet = Summary(file);
        var columns = FormFields.SummarySheet.Select(f => sheet[Column(FormFields.SummarySheet, f) + "1"].Value);
        Assert.Equal(FormFields.SummarySheet.Select(f => f.SheetHeader ?? f.Header), columns);

        Assert.Equal(FormFields.Html.Select(f => f.Header), Headers(HtmlTable(file)));
    }

    [Fact]
    public void A_field_shows_the_same_value_in_every_output()
    {
        var file = Result();
        var stated = FormFields.StatedTotal;
        var csv = Csv(file, CsvHeader.En).Split("\r\n");
        int column = FormFields.Csv.ToList().IndexOf(stated);
        var values = csv.Skip(1).Take(2).Select(line => line.Split(',')[column]).ToList();
        Assert.Equal(new[] { "47.84", "" }, values);
        var json = JsonForms(file);
        Assert.Equal(47.84m, json[0].GetProperty(stated.Json!).GetDecimal());
        Assert.Equal(JsonValueKind.Null, json[1].GetProperty(stated.Json!).ValueKind);
        Assert.Equal(47.84m, Summary(file)[Column(FormFields.SummarySheet, stated) + "2"].Number);
        Assert.Contains("data-v=\"47.84\">47.84</td>", HtmlTable(file));
        Assert.Contains("<td class=\"num blank\" data-v=\"\">未填</td>", HtmlTable(file));
    }

    /// <summary>What a newcomer writes to add a column: the field, and its place in the layouts.</summary>
    static readonly FormField Planned = new("planned_budget", "计划数", FieldKind.Number, r => FieldValue.Of(r.Result.Form.FundingTotal?.FullYear.Value))
    {
        Json = "plannedBudget",
    };

    static IReadOnlyList<FormField> With(IReadOnlyList<FormField> layout, FormField before)
    {
        var list = layout.ToList();
        list.Insert(list.IndexOf(before), Planned);
        return list;
    }

    [Fact]
    public void A_field_added_to_the_layouts_shows_in_every_output_without_a_writer_changing()
    {
        var file = Result();
        var csv = Csv(file, CsvHeader.Zh, With(FormFields.Csv, FormFields.StatedTotal)).Split("\r\n");
        Assert.Contains("计划数,填报总分", csv[0]);
        Assert.Contains(",11,47.84,", csv[1]);

        var json = JsonForms(file, With(FormFields.Json, FormFields.StatedTotal));
        Assert.Equal(11m, json[0].GetProperty("plannedBudget").GetDecimal());

        // In 汇总 the new column comes before the stated total: the formulas follow the columns they name.
        var layout = With(FormFields.SummarySheet, FormFields.StatedTotal);
        var sheet = Summary(file, layout);
        Assert.Equal("计划数", sheet[Column(layout, Planned) + "1"].Value);
        Assert.Equal(11m, sheet[Column(layout, Planned) + "2"].Number);
        string stated = Column(layout, FormFields.StatedTotal), recomputed = Column(layout, FormFields.RecomputedTotal);
        Assert.Equal($"IF(ISNUMBER({stated}2),ROUND({recomputed}2-{stated}2,2),\"\")", sheet[Column(layout, FormFields.Difference) + "2"].Formula);
        Assert.Equal(Summary(file)[Column(FormFields.SummarySheet, FormFields.Difference) + "2"].Value, sheet[Column(layout, FormFields.Difference) + "2"].Value);

        var table = HtmlTable(file, With(FormFields.Html, FormFields.StatedTotal));
        Assert.Contains("<th data-sort=\"num\" class=\"num\">计划数</th><th data-sort=\"num\" class=\"num\">填报总分</th>", table);
        Assert.Contains("<td class=\"num\" data-v=\"11\">11</td><td class=\"num\" data-v=\"47.84\">47.84</td>", table);
    }
}
