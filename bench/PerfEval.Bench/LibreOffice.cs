using System.Diagnostics;

namespace PerfEval.Bench;

/// <summary>Re-saves files the way LibreOffice writes them (`soffice --convert-to`), for corpora with office-suite verbosity.</summary>
public static class LibreOffice
{
    /// <summary>Converts the files (all of one extension) into outDir, keeping their names; throws unless every one came out.</summary>
    public static void Convert(IReadOnlyCollection<string> files, string ext, string outDir, string profileDir)
    {
        Run(files, ext, outDir, profileDir);
        // A converter that died part-way gets one more go at what it left.
        var missing = Missing(files, outDir);
        if (missing.Count > 0) Run(missing, ext, outDir, profileDir);
        missing = Missing(files, outDir);
        if (missing.Count > 0)
            throw new InvalidOperationException($"LibreOffice did not convert {missing.Count} files, among them {missing[0]}");
    }

    static List<string> Missing(IEnumerable<string> files, string outDir) =>
        files.Where(f => !File.Exists(Path.Combine(outDir, Path.GetFileName(f)))).ToList();

    static void Run(IReadOnlyCollection<string> files, string ext, string outDir, string profileDir)
    {
        var soffice = FindOnPath("soffice") ?? throw new InvalidOperationException(
            "LibreOffice (soffice) is needed to write office-suite-style files: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui");
        var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        // A profile of its own, so converters running at once (here or in another program) never share one.
        foreach (var a in new[] { "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=" + new Uri(profileDir).AbsoluteUri,
                     "--convert-to", ext.TrimStart('.'), "--outdir", outDir })
            psi.ArgumentList.Add(a);
        foreach (var f in files) psi.ArgumentList.Add(f);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + soffice);
        var errors = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        errors.Wait();
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(d => d.Length > 0).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
