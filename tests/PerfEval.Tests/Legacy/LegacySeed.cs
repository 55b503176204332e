using System.Diagnostics;
using PerfEval.Samples;

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

    public static string Soffice => PerfEval.Readers.Legacy.LegacyConversion.DefaultSoffice
        ?? throw new InvalidOperationException("LibreOffice (soffice) is required by the legacy equivalence tests and was not found: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui (.ci/run installs it)");

    /// <summary>Converts one file in a fresh folder of the root (its own profile too); returns the converted file.</summary>
    public string Convert(string source, string format)
    {
        var work = Directory.CreateDirectory(Path.Combine(Root, Guid.NewGuid().ToString("N"))).FullName;
        var input = Path.Combine(work, "in" + Path.GetExtension(source));
        File.Copy(source, input);
        var outDir = Path.Combine(work, "out");
        var psi = new ProcessStartInfo(Soffice) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
        foreach (var a in new[] { "--headless", "--norestore", "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri, "--convert-to", format, "--outdir", outDir, input })
            psi.ArgumentList.Add(a);
        psi.Environment["TMPDIR"] = work;
        using var p = Process.Start(psi)!;
        var drain = Task.WhenAll(p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync());
        if (!p.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"soffice did not convert {source} to {format} in 120 s");
        }
        drain.Wait(TimeSpan.FromSeconds(5));
        var output = Path.Combine(outDir, "in." + format);
        if (!File.Exists(output))
            throw new InvalidOperationException($"soffice wrote no {format} from {source}: {drain.Result[1]}");
        return output;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition("legacy seed")]
public sealed class LegacySeedCollection : ICollectionFixture<LegacySeed> { }
