using System.Diagnostics;

namespace PerfEval.Tests.Html;

/// <summary>
/// Headless Chromium (Debian's `chromium` package) run once per check: it
/// loads a page, runs its script, and gives back the resulting DOM and a
/// screenshot. A missing browser fails the test rather than skipping it.
/// </summary>
public static class Chromium
{
    static readonly string[] Names = { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };

    public static string Executable()
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
            foreach (var dir in dirs)
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path)) return path;
            }
        Assert.Fail("这个测试需要 headless Chromium，但 PATH 中找不到 chromium。请安装：apt-get install -y --no-install-recommends chromium（.ci/run 会自动安装）");
        return "";
    }

    /// <summary>Loads the page, writes a 1280×2000 screenshot, returns the DOM after scripts ran.</summary>
    public static string DumpDom(string htmlPath, string screenshotPath)
    {
        var profile = Directory.CreateTempSubdirectory("perfeval-chromium-").FullName;
        try
        {
            var psi = new ProcessStartInfo(Executable())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--screenshot=" + screenshotPath, "--window-size=1280,2000", "--dump-dom",
                new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
            }) psi.ArgumentList.Add(arg);

            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(60_000))
            {
                p.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within 60 s");
            }
            Assert.True(p.ExitCode == 0, $"chromium exited with {p.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Width and height from a PNG's IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(string path)
    {
        var b = File.ReadAllBytes(path);
        Assert.True(b.Length > 24 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G', "not a PNG: " + path);
        int Be(int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
        return (Be(16), Be(20));
    }
}
