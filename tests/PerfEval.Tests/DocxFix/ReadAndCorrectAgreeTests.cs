using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Scoring;
using PerfEval.Tests.Readers;
using PerfEval.Tests.Support;
using static PerfEval.Tests.Support.WordXml;
using PerfEval.Writers.Docx;

namespace PerfEval.Tests.DocxFix;

/// <summary>
/// fix --docx edits the cells the reader located, so whatever shape a table takes,
/// correcting the number the reader shows at a position changes exactly that
/// position (and the positions merged with it) when the copy is read again.
/// </summary>
public sealed class ReadAndCorrectAgreeTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, string> Shapes() => new()
    {
        { "plain", "<w:tbl>" + TblGrid(2) + Tr(Tc(P(R("11"))), Tc(P(R("12分")))) + Tr(Tc(P(R("21"))), Tc(P(R("22")))) + "</w:tbl>" },
        { "gridBefore and spans", "<w:tbl>" + TblGrid(4)
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Tc(P(R("11")), "<w:gridSpan w:val=\"2\"/>") + Tc(P(R("12"))) + "</w:tr>"
            + "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"x\"/></w:trPr>" + Tc(P(R("88")), "<w:gridSpan w:val=\"4\"/>") + "</w:tr>"
            + Tr(Tc(P(R("31")), "<w:vMerge w:val=\"restart\"/>"), Tc(P(R("32")), "<w:gridSpan w:val=\"3\"/>"))
            + Tr(Tc(P(""), "<w:vMerge/>"), Tc(P(R("42")), "<w:gridSpan w:val=\"3\"/>")) + "</w:tbl>" },
        { "sdt row and wrapped runs", "<w:tbl>" + TblGrid(2)
            + Sdt(Tr(Tc(P(R("11"))), Tc(P("<w:hyperlink w:anchor=\"a\">" + R("12") + "</w:hyperlink>"))))
            + Tr(Tc(Sdt(P(R("21")))), Tc(P("<w:ins w:id=\"5\" w:author=\"x\">" + R("2") + R("2") + "</w:ins>")))
            + Tr(Tc("<w:customXml w:element=\"x\">" + P(R("31")) + "</w:customXml>"), Tc(P("<w:r><w:t>3</w:t><w:t>2</w:t></w:r>"))) + "</w:tbl>" },
        { "nested table", "<w:tbl>" + TblGrid(2)
            + Tr(Tc(P(R("11"))), Tc("<w:tbl>" + TblGrid(2) + Tr(Tc(P(R("51"))), Tc(P(R("52")))) + Tr(Tc(P(R("61"))), Tc(P(R("62")))) + "</w:tbl>" + P(R("12"))))
            + Tr(Tc(P(R("21"))), Tc(P(R("22")))) + "</w:tbl>"
            + P(R("间隔")) + "<w:tbl>" + TblGrid(1) + Tr(Tc(P(R("71")))) + "</w:tbl>" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Correcting_the_number_read_at_a_position_changes_that_position_when_read_again(string shape, string body)
    {
        var input = Write(shape, body);
        var before = Checker.Read(input).Grids;
        int corrected = 0;
        foreach (var grid in before)
            foreach (var row in grid.Rows)
                foreach (var cell in row.Cells.Where(c => c.IsOrigin && decimal.TryParse(Digits(c.Text), out _)))
                {
                    var output = Correct(input, grid.Name, cell.Ref);
                    var after = Checker.Read(output).Grids;
                    Assert.Equal(before.Select(g => g.Name), after.Select(g => g.Name));
                    for (int g = 0; g < before.Count; g++)
                        for (int r = 0; r < before[g].Rows.Count; r++)
                            for (int c = 0; c < before[g].Rows[r].Cells.Count; c++)
                            {
                                var was = before[g].Rows[r].Cells[c];
                                var now = after[g].Rows[r].Cells[c].Text;
                                bool target = before[g].Name == grid.Name && was.Origin == cell.Ref;
                                Assert.True((target ? was.Text.Replace(Digits(was.Text), "99") : was.Text) == now,
                                    $"{shape}: correcting {grid.Name} {cell.Ref} left {before[g].Name} {was.Ref} as “{now}” (was “{was.Text}”)");
                            }
                    corrected++;
                }
        Assert.True(corrected >= 4, $"{shape}: only {corrected} cells tried");
    }

    static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    string Write(string name, string body) => WordXml.Write(_dir.File(name.Replace(' ', '-') + ".docx"), body);

    string Correct(string input, string grid, CellRef at)
    {
        var form = new Form
        {
            Index = 1,
            Location = grid,
            Project = TextField.Empty,
            Department = TextField.Empty,
            Implementer = TextField.Empty,
            Indicators = Array.Empty<Indicator>(),
        };
        var finding = new Finding("PE202", Severity.Error, "得分不符", at, 99m, null);
        var result = new FileResult(input, Array.Empty<Finding>(),
            new[] { new FormResult(form, ScoringEngine.Score(form, ScoringProfile.National), new[] { finding }) });
        var path = _dir.File(Guid.NewGuid().ToString("N") + ".docx");
        DocxCorrection done;
        using (var output = File.Create(path)) done = new DocxCorrector(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Write(input, result, output);
        Assert.Empty(done.Unplaced);
        Assert.Equal(1, done.Changed);
        return path;
    }
}
