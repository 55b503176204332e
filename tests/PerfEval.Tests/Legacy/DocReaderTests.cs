using PerfEval.Pipeline;
using PerfEval.Readers;
using PerfEval.Readers.Legacy;
using PerfEval.Recognition;

namespace PerfEval.Tests.Legacy;

/// <summary>
/// A .doc read natively gives the grids LibreOffice's own .docx of it gives,
/// cell for cell (merges, preamble, nested tables), and the findings of the
/// original .docx.
/// </summary>
[Collection("legacy seed")]
public sealed class DocReaderTests
{
    readonly LegacySeed _seed;

    public DocReaderTests(LegacySeed seed) => _seed = seed;

    [Fact]
    public void The_seed_doc_reads_cell_for_cell_like_its_converted_docx()
    {
        var native = new DocReader().Read(_seed.Doc);
        var converted = new WordReader().Read(_seed.DocAsDocx);
        Assert.Equal(12, native.Grids.Count);
        var cells = native.Grids.SelectMany(g => g.Rows).SelectMany(r => r.Cells).ToList();
        Assert.Contains(cells, c => c.IsHorizontalCopy);
        Assert.Contains(cells, c => c.IsVerticalCopy);
        GridAssert.Same(converted, native);
    }

    [Fact]
    public void The_seed_doc_has_the_findings_of_the_original_docx()
    {
        var checker = new Checker();
        var original = checker.Check(_seed.SeedDocx);
        var native = FormRecognizer.Recognize(new DocReader().Read(_seed.Doc)).Select(checker.CheckForm).ToList();
        Assert.Equal(original.Forms.Count, native.Count);
        foreach (var (o, n) in original.Forms.Zip(native))
        {
            Assert.Equal(o.Form.Project.Text, n.Form.Project.Text);
            Assert.Equal(o.Findings.Select(Describe), n.Findings.Select(Describe));
        }
    }

    static string Describe(PerfEval.Findings.Finding f) => $"{f.Rule} {f.Cell} {f.Message}";
}
