using PerfEval.Pipeline;
using PerfEval.Readers;
using PerfEval.Readers.Legacy;
using PerfEval.Recognition;

namespace PerfEval.Tests.Legacy;

/// <summary>
/// A .xls read natively gives the grid LibreOffice's own .xlsx of it gives,
/// cell for cell, and the findings of the original .xlsx.
/// </summary>
[Collection("legacy seed")]
public sealed class XlsReaderTests
{
    readonly LegacySeed _seed;

    public XlsReaderTests(LegacySeed seed) => _seed = seed;

    [Fact]
    public void The_seed_xls_reads_cell_for_cell_like_its_converted_xlsx()
    {
        var native = new XlsReader().Read(_seed.Xls);
        var converted = new XlsxReader().Read(_seed.XlsAsXlsx);
        Assert.Equal(12, native.Grids.Count);
        var cells = native.Grids.SelectMany(g => g.Rows).SelectMany(r => r.Cells).ToList();
        Assert.Contains(cells, c => !c.IsOrigin);
        Assert.Contains(cells, c => c.Number is not null);
        GridAssert.Same(converted, native);
    }

    [Fact]
    public void The_seed_xls_has_the_findings_of_the_original_xlsx()
    {
        var checker = new Checker();
        var original = checker.Check(_seed.SeedXlsx);
        var native = FormRecognizer.Recognize(new XlsReader().Read(_seed.Xls)).Select(checker.CheckForm).ToList();
        Assert.Equal(original.Forms.Count, native.Count);
        foreach (var (o, n) in original.Forms.Zip(native))
        {
            Assert.Equal(o.Form.Project.Text, n.Form.Project.Text);
            Assert.Equal(o.Findings.Select(Describe), n.Findings.Select(Describe));
        }
    }

    static string Describe(PerfEval.Findings.Finding f) => $"{f.Rule} {f.Cell} {f.Message}";
}
