using System.Text;
using CsCheck;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Samples;
using PerfEval.Tests.Hostile;
using PerfEval.Tests.Readers;
using PerfEval.Writers;
using PerfEval.Writers.Csv;

namespace PerfEval.Tests.Fuzz;

/// <summary>
/// Generators of the shapes of issue 13: overlapping merges, shared-string
/// fan-out, huge spans, control characters and overflowing numbers, each
/// drawn around the work budget's bounds so both sides of them are hit.
/// </summary>
internal static class HostileShapes
{
    static string A1(int row, int col) => CellRef.ColumnLetters(col) + row;

    /// <summary>Up to 3,000 merged ranges of up to 1000 × 1000, overlapping or not, some written with $.</summary>
    public static readonly Gen<Action<string>> Merges =
        Gen.Select(Gen.Int[1, 1000], Gen.Int[1, 1000], Gen.Int[1, 1000], Gen.Int[1, 1000], Gen.Bool,
                (r1, c1, r2, c2, dollar) => (r1, c1, r2, c2, dollar))
            .Array[1, 3000]
            .Select(ranges => (Action<string>)(path =>
            {
                var book = new TestXlsx();
                var sheet = book.AddSheet("表1").Inline("A1", "项目名称");
                foreach (var (r1, c1, r2, c2, dollar) in ranges)
                {
                    var range = $"{A1(r1, c1)}:{A1(r2, c2)}";
                    sheet.Merge(dollar ? "$" + range.Replace(":", ":$") : range);
                }
                book.Write(path);
            }));

    /// <summary>Up to 200,000 cells showing one shared string of up to 100,000 characters.</summary>
    public static readonly Gen<Action<string>> SharedFanOut =
        Gen.Select(Gen.Int[1, 200_000], Gen.Int[0, 100_000],
            (cells, length) => (Action<string>)(path => RoundTwo.SharedFanOut(path, cells, length)));

    /// <summary>Up to 200 tables of one cell spanning up to two million columns.</summary>
    public static readonly Gen<Action<string>> Spans =
        Gen.Select(Gen.Int[1, 200], Gen.Int[1, 2_000_000],
            (tables, span) => (Action<string>)(path => TestDocx.Write(path, RoundTwo.Spans(tables, span))));

    /// <summary>Text built of control characters, bidi controls and ordinary letters.</summary>
    public static readonly Gen<string> ControlText =
        Gen.OneOf(
            Gen.Char[(char)0, (char)0x1f], Gen.Char[(char)0x7f, (char)0x9f], Gen.Char['\u202a', '\u202e'], Gen.Char['\u2066', '\u2069'],
            Gen.Const('\u200e'), Gen.Const('\u061c'), Gen.Char['a', 'z'], Gen.Char['\u4e00', '\u4e20'])
        .Array[1, 20].Select(chars => new string(chars));

    /// <summary>A number as a workbook may store it, from tiny to past decimal's range.</summary>
    public static readonly Gen<string> Number =
        Gen.Select(Gen.Int[1, 99], Gen.Int[-330, 330], (m, e) => $"{m / 10.0:0.0}E{e}");
}

/// <summary>The issue 13 shapes, fuzzed: bounded work, no internal error, nothing unescaped on a terminal.</summary>
[Trait("Category", "Fuzz")]
public sealed class HostileShapeFuzzTests : IClassFixture<FuzzSeeds>
{
    static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(30);

    readonly FuzzSeeds _seeds;

    public HostileShapeFuzzTests(FuzzSeeds seeds) => _seeds = seeds;

    [Fact]
    public void Overlapping_merges() => Shape(HostileShapes.Merges, ".xlsx", FuzzTime.Seconds(2));

    [Fact]
    public void Shared_string_fan_out() => Shape(HostileShapes.SharedFanOut, ".xlsx", FuzzTime.Seconds(2));

    [Fact]
    public void Huge_spans() => Shape(HostileShapes.Spans, ".docx", FuzzTime.Seconds(2));

    void Shape(Gen<Action<string>> shape, string ext, int seconds)
    {
        shape.Sample(make =>
        {
            var path = Path.Combine(_seeds.Dir, Guid.NewGuid().ToString("N") + ext);
            try
            {
                make(path);
                var result = FuzzTime.Bounded(() => new Checker().Check(path), CaseLimit, "the checker");
                NoInternalError(result);
                foreach (var f in result.Findings.Where(f => f.Rule == "PE001"))
                    Assert.Contains("文件异常", f.Message);
            }
            finally
            {
                File.Delete(path);
            }
        }, time: seconds, threads: FuzzTime.Threads);
    }

    [Fact]
    public void Control_characters_never_reach_text_or_csv_raw()
    {
        var places = new[] { (0, 1), (1, 1), (1, 3), (3, 4), (10, 7), (23, 7) };
        Gen.Select(Gen.Int[0, places.Length - 1], HostileShapes.ControlText, (p, t) => (p, t)).Array[1, 4].Sample(changes =>
        {
            var form = _seeds.Form.Clone();
            foreach (var (place, text) in changes)
            {
                var (r, c) = places[place];
                if (c < form.Rows[r].Count) form.Rows[r][c] = RoundTwo.InWorkbook(text);
            }
            var path = Path.Combine(_seeds.Dir, Guid.NewGuid().ToString("N") + ".xlsx");
            try
            {
                FastXlsx.Write(path, form);
                var result = FuzzTime.Bounded(() => new Checker().Check(path), CaseLimit, "the checker");
                NoInternalError(result);

                var text = new StringWriter();
                using (var report = new TextReport(text, color: false)) { report.Write(result); report.Finish(TimeSpan.Zero); }
                Assert.DoesNotContain(text.ToString(), ch => TerminalText.IsUnsafe(ch) && ch != '\n');

                var csv = new StringWriter();
                using (var findings = new FindingsCsv(csv)) { findings.Write(result); findings.Finish(TimeSpan.Zero); }
                using (var forms = new FormsCsv(csv, CsvHeader.Zh)) forms.Write(result);
                Assert.DoesNotContain(csv.ToString(), ch => TerminalText.IsUnsafe(ch) && ch is not ('\n' or '\r' or '\t'));
            }
            finally
            {
                File.Delete(path);
            }
        }, time: FuzzTime.Seconds(2), threads: FuzzTime.Threads);
    }

    [Fact]
    public void Overflowing_numbers_are_findings_on_their_form()
    {
        // 年度资金总额 (sheet row 6: D, E, F), the first indicator's weight and score (row 13: G, H), the total (row 21: G).
        var cells = new[] { "D6", "E6", "F6", "G13", "H13", "H21" };
        Gen.Select(Gen.Int[0, cells.Length - 1], HostileShapes.Number, (c, n) => (c, n)).Array[1, 4].Sample(changes =>
        {
            var path = Path.Combine(_seeds.Dir, Guid.NewGuid().ToString("N") + ".xlsx");
            try
            {
                XlsxSampleWriter.Write(new[] { _seeds.Form, _seeds.Form }, path);
                Corpus.PatchPart(path, "xl/worksheets/sheet1.xml", xml =>
                    changes.Aggregate(xml, (x, change) => TrySet(x, cells[change.c], change.n)));
                var result = FuzzTime.Bounded(() => new Checker().Check(path), CaseLimit, "the checker");
                NoInternalError(result);
                Assert.Equal(2, result.Forms.Count);
            }
            finally
            {
                File.Delete(path);
            }
        }, time: FuzzTime.Seconds(2), threads: FuzzTime.Threads);
    }

    static string TrySet(string xml, string address, string number)
    {
        try { return Corpus.SetCell(xml, address, $"<v>{number}</v>", null); }
        catch (InvalidOperationException) { return xml; } // the writer left that cell out (blank)
    }

    static void NoInternalError(FileResult result)
    {
        foreach (var f in result.AllFindings)
        {
            Assert.DoesNotContain("报告给 perfeval 维护者", f.Message);
            Assert.DoesNotContain("读取文件时出错", f.Message);
        }
    }
}
