using System.Diagnostics;

namespace PerfEval.Tests.Support;

/// <summary>
/// The one way the tests start LibreOffice: headless, with a profile of its own
/// (a user's running soffice or a parallel test would otherwise take the job),
/// under a time limit, killed with its children when it overruns.
/// </summary>
public static class LibreOffice
{
    const string Install = "LibreOffice (soffice) is required by this test and was not found on PATH: " +
        "apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui (.ci/run does this)";

    public static string Program()
    {
        if (PerfEval.Readers.Legacy.LegacyConversion.DefaultSoffice is { } found) return found;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, "soffice");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(Install);
    }

    /// <summary>Converts the files into <paramref name="outDir"/> with one soffice run; returns the converted paths in input order.</summary>
    public static List<string> Convert(string format, string outDir, params string[] files) => Run(null, format, outDir, files);

    /// <summary>
    /// As Convert, with soffice's profile and temporary files (TMPDIR) in <paramref name="tempDir"/>,
    /// a folder the test owns: a test that watches the machine's temp folder never sees them.
    /// </summary>
    public static List<string> ConvertIn(string tempDir, string format, string outDir, params string[] files) => Run(tempDir, format, outDir, files);

    static List<string> Run(string? tempDir, string format, string outDir, string[] files)
    {
        Directory.CreateDirectory(outDir);
        var profile = tempDir is null
            ? Directory.CreateTempSubdirectory("perfeval-lo-").FullName
            : Directory.CreateDirectory(Path.Combine(tempDir, "profile-" + Guid.NewGuid().ToString("N"))).FullName;
        var psi = new ProcessStartInfo(Program())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = outDir,
        };
        foreach (var a in new[] { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir })
            psi.ArgumentList.Add(a);
        foreach (var f in files) psi.ArgumentList.Add(f);
        if (tempDir is not null) psi.Environment["TMPDIR"] = tempDir;
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish in 3 minutes");
            }
            var ext = "." + format.Split(':')[0];
            var results = files.Select(f => Path.Combine(outDir, Path.GetFileNameWithoutExtension(f) + ext)).ToList();
            var missing = results.Where(r => !File.Exists(r)).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException($"soffice wrote no {string.Join(", ", missing)} (exit {p.ExitCode}): {stdout.Result} {stderr.Result}");
            return results;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }
}
