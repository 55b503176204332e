using System.Text;
using DocumentFormat.OpenXml.Packaging;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Samples;
using PerfEval.Tests.Fix;
using PerfEval.Tests.Support;
using PerfEval.Writers;
using PerfEval.Writers.Csv;
using PerfEval.Writers.Html;
using PerfEval.Writers.Workbook;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Formats;

/// <summary>
/// The four outputs that list forms — `summary --out` (both headers), `check --format json`,
/// the corrected workbook's 汇总 (streamed and through a province template) and the HTML
/// report's table — for the seed and for forms with the edge cases (no stated total, no
/// project name, no grade), compared byte for byte with Snapshots/outputs. A change to
/// how a form's fields are written shows here as a diff.
/// </summary>
public class FormOutputSnapshotTests
{
    static FileResult Seed() =>
        new Checker().Check(Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1.docx")) with { Path = "samples/附件1.docx" };

    static FileResult Edges()
    {
        return FixForms.Result(null, FixForms.Mixed(), FixForms.InitialOnly(), FixForms.NoBudget(), FixForms.Capped(),
            Make(project: "", statedTotal: ""), Make(project: " 未评级=项目 ", statedTotal: "八十", indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "5次", "5次", "30", "30"))));
    }

    static IEnumerable<(string Name, FileResult File)> Files()
    {
        yield return ("seed", Seed());
        yield return ("edges", Edges());
    }

    [Fact]
    public void Summary_csv()
    {
        var text = new StringBuilder();
        foreach (var header in new[] { CsvHeader.Zh, CsvHeader.En })
        {
            var w = new StringWriter();
            using (var csv = new FormsCsv(w, header))
                foreach (var (_, file) in Files()) csv.Write(file);
            text.Append(w);
        }
        Snapshot.Match(Path.Combine("outputs", "forms.csv"), text.ToString());
    }

    [Fact]
    public void Check_json()
    {
        using var stream = new MemoryStream();
        using (var json = new JsonReport(stream))
        {
            foreach (var (_, file) in Files()) json.Write(file);
            json.Finish(TimeSpan.FromSeconds(1));
        }
        Snapshot.Match(Path.Combine("outputs", "check.json"), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Html_table_of_forms()
    {
        using var stream = new MemoryStream();
        using (var html = new HtmlReport(stream, new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero)))
        {
            foreach (var (_, file) in Files()) html.Write(file);
            html.Finish(TimeSpan.FromSeconds(1));
        }
        var page = Encoding.UTF8.GetString(stream.ToArray());
        int start = page.IndexOf("<section class=\"block\" id=\"forms\">", StringComparison.Ordinal);
        int end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start);
        Snapshot.Match(Path.Combine("outputs", "forms-table.html"), page[start..(end + "</section>".Length)] + "\n");
    }

    [Fact]
    public void Summary_sheet_of_the_corrected_workbook()
    {
        var province = FormTemplate.FromBytes(ProvinceTemplate.Bytes(), "province.xlsx");
        var text = new StringBuilder();
        foreach (var (name, file) in Files())
        {
            text.Append($"# {name}, streamed\n").Append(SheetXml(FixForms.Write(file), SummarySheetName)).Append('\n');
            text.Append($"# {name}, province template\n").Append(Cells(FixForms.Write(file, province))).Append('\n');
        }
        Snapshot.Match(Path.Combine("outputs", "summary-sheet.txt"), text.ToString());
    }

    const string SummarySheetName = "汇总";

    /// <summary>The sheet's XML as stored: every byte the streamed writer writes for it.</summary>
    static string SheetXml(byte[] workbook, string sheet)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(workbook, writable: false), false);
        var book = doc.WorkbookPart!;
        var id = book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheet).Id!;
        using var reader = new StreamReader(book.GetPartById(id!).GetStream());
        return reader.ReadToEnd();
    }

    /// <summary>The sheet's cells (formula and stored value), as ClosedXML's own XML differs in attributes that mean nothing here.</summary>
    static string Cells(byte[] workbook)
    {
        var sb = new StringBuilder();
        static (int Row, int ColumnWidth, string Column) Position(string at)
        {
            int digits = at.IndexOfAny("0123456789".ToCharArray());
            return (int.Parse(at[digits..]), digits, at[..digits]);
        }
        foreach (var (at, cell) in SavedCells.Read(workbook)[SummarySheetName].OrderBy(c => Position(c.Key)))
            sb.Append($"{at}\t{cell.Formula}\t{cell.Value}\t{(cell.IsText ? "text" : "")}\n");
        return sb.ToString();
    }
}
