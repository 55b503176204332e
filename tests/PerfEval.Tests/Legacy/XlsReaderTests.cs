using System.Buffers.Binary;
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

    /// <summary>
    /// A sheet whose DIMENSIONS declares 700 million rows and no columns (found by the fuzz
    /// harness, from a record whose length lies): the library walks every declared row, which
    /// took 20 s for this 100 KB file. Rows count against the walk budget even without columns.
    /// </summary>
    [Fact]
    public void A_sheet_declaring_millions_of_rows_and_no_columns_is_refused_before_it_is_walked()
    {
        var bytes = File.ReadAllBytes(_seed.Xls);
        var records = Biff.Records(bytes);
        // The second worksheet's DIMENSIONS: the first after its BOF (the workbook globals' BOF comes first).
        var secondSheet = records.Where(r => r.Type == Biff.Bof).Skip(2).First();
        var dimensions = records.First(r => r.At > secondSheet.At && r.Type == Biff.Dimensions);
        // Its cells turned into a record nobody reads, as a length that lies swallows them: no columns are seen.
        var end = records.First(r => r.At > secondSheet.At && r.Type == Biff.Eof);
        foreach (var cell in records.Where(r => r.At > secondSheet.At && r.At < end.At && Biff.CellTypes.Contains(r.Type)))
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(cell.At), Biff.Unused);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(dimensions.At + 8), 700_000_000); // rwMac
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(dimensions.At + 12), 0);          // colMic
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(dimensions.At + 14), 0);          // colMac
        var path = Path.Combine(_seed.Root, Guid.NewGuid().ToString("N") + ".xls");
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<UnreadableFileException>(() => new XlsReader().Read(path));
        Assert.Contains("驻村帮扶工作人员经费", e.Message);
        Assert.Contains("单元格", e.Message);
    }

    static string Describe(PerfEval.Findings.Finding f) => $"{f.Rule} {f.Cell} {f.Message}";
}
