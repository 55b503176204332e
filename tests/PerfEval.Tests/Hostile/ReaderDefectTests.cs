using PerfEval.Pipeline;
using PerfEval.Readers;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Hostile;

/// <summary>Defects the fuzz harness found, kept as plain regression tests.</summary>
public sealed class ReaderDefectTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-defects-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void An_escaped_lone_surrogate_in_a_workbook_becomes_a_replacement_character()
    {
        // Excel's _xHHHH_ escape can name half a surrogate pair; as text it broke normalization in recognition.
        var book = new TestXlsx();
        book.AddSheet("S").Inline("A1", "_xD800_项目名称").Inline("B1", "_xD83D__xDE00_");
        var path = book.Write(Path.Combine(_dir, "surrogate.xlsx"));

        var row = new XlsxReader().Read(path).Grids[0].Rows[0];
        Assert.Equal("\uFFFD项目名称", row.Cells[0].Text);
        Assert.Equal("😀", row.Cells[1].Text); // a whole pair stays one character

        var result = new Checker().Check(path);
        Assert.DoesNotContain(result.AllFindings, f => f.Message.Contains("维护者"));
    }
}
