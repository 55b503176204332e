using System.Diagnostics;

namespace PerfEval.Tests.DocxFix;

/// <summary>
/// Runs LibreOffice headless with a profile of its own, so the tests neither
/// wait on nor disturb another soffice running on the machine.
/// </summary>
public static class LibreOffice
{
    public static string Program()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "soffice");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("LibreOffice (soffice) is required for this test: apt-get install libreoffice-writer-nogui");
    }

    /// <summary>Converts the files into <paramref name="outDir"/> with one soffice run; returns the converted paths in input order.</summary>
    public static List<string> Convert(string format, string outDir, params string[] files)
    {
        var profile = Path.Combine(Path.GetTempPath(), "perfeval-lo-" + Guid.NewGuid().ToString("N"));
        var psi = new ProcessStartInfo(Program())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir })
            psi.ArgumentList.Add(a);
        foreach (var f in files) psi.ArgumentList.Add(f);
        try
        {
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish in 2 minutes");
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
