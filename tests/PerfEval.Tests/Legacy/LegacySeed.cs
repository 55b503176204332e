using PerfEval.Samples;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Legacy;

/// <summary>
/// The seed forms as LibreOffice writes them in the old formats (.doc,
/// .xls), and those files converted back (.docx, .xlsx): the twins a native
/// reading must equal. Made once for the collection, each conversion in a
/// folder of its own under one test-owned root, so parallel tests and other
/// processes on the machine neither see nor disturb them.
/// </summary>
public sealed class LegacySeed : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("perfeval-legacy-seed-").FullName;

    public string SeedDocx { get; }
    public string SeedXlsx { get; }
    public string Doc { get; }
    public string Xls { get; }
    /// <summary>The .doc converted back to .docx: what the conversion path reads.</summary>
    public string DocAsDocx { get; }
    public string XlsAsXlsx { get; }

    public LegacySeed()
    {
        var samples = Path.Combine(SeedText.FindRepoRoot(), "samples");
        SeedDocx = Path.Combine(samples, "附件1.docx");
        SeedXlsx = Path.Combine(samples, "附件1.xlsx");
        Doc = Convert(SeedDocx, "doc");
        Xls = Convert(SeedXlsx, "xls");
        DocAsDocx = Convert(Doc, "docx");
        XlsAsXlsx = Convert(Xls, "xlsx");
    }

    /// <summary>Converts one file in a fresh folder of the root (its profile and temporary files too); returns the converted file.</summary>
    public string Convert(string source, string format)
    {
        var work = Directory.CreateDirectory(Path.Combine(Root, Guid.NewGuid().ToString("N"))).FullName;
        var input = Path.Combine(work, "in" + Path.GetExtension(source));
        File.Copy(source, input);
        return LibreOffice.ConvertIn(work, format, Path.Combine(work, "out"), input).Single();
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition("legacy seed")]
public sealed class LegacySeedCollection : ICollectionFixture<LegacySeed> { }
