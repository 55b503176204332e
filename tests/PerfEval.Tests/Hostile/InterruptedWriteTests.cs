using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Cli;
using PerfEval.Samples;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// The built perfeval, run as a child process on a batch large enough to be
/// caught half-way, killed while it writes its report: the final name keeps
/// the previous complete report, and the only litter is the documented
/// temporary file, which the next run removes.
/// </summary>
public sealed class InterruptedWriteTests : IDisposable
{
    const string Previous = "{\"previous\": \"complete report\"}\n";

    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-kill-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Batch(int copies)
    {
        var batch = Directory.CreateDirectory(Path.Combine(_dir, "batch")).FullName;
        var sample = Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1.docx");
        for (int i = 0; i < copies; i++)
            File.Copy(sample, Path.Combine(batch, $"单位{i:D3}.docx"));
        return batch;
    }

    static (Process Child, Task<string> Stdout) Start(string workDir, params string[] args) => PerfevalProcess.Start(workDir, null, args);

    /// <summary>Waits until the child has written some of its report (to its temporary file).</summary>
    static FileInfo WaitForPartialOutput(string dir, Process child)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var temp = new DirectoryInfo(dir).EnumerateFiles(".perfeval-*.tmp").FirstOrDefault(f => f.Length > 0);
            if (temp is not null)
                return temp;
            Assert.False(child.HasExited, "perfeval finished before it could be interrupted");
            Thread.Sleep(20);
        }
        throw new TimeoutException("perfeval wrote nothing within a minute");
    }

    [Fact]
    public void Killed_mid_write_leaves_the_previous_report_and_only_the_documented_temporary_file()
    {
        var batch = Batch(80);
        var outDir = Directory.CreateDirectory(Path.Combine(_dir, "out")).FullName;
        var report = Path.Combine(outDir, "report.json");
        File.WriteAllText(report, Previous);

        var (child, _) = Start(_dir, "check", batch, "--format", "json", "--jobs", "1", "--output", report, "--force");
        using var _child = child;
        var partial = WaitForPartialOutput(outDir, child);
        child.Kill(); // SIGKILL: no handler runs, the harshest interruption
        Assert.True(child.WaitForExit(30_000));

        Assert.Equal(Previous, File.ReadAllText(report));
        var left = Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Where(n => n != "report.json").ToList();
        var litter = Assert.Single(left);
        Assert.Equal(partial.Name, litter);
        Assert.Matches(new Regex($@"^\.perfeval-[0-9a-f]{{8}}-{child.Id}-[0-9a-f]{{32}}\.tmp$"), litter);

        // The next run into the same folder replaces the report whole and removes the dead run's temporary file.
        var o = new StringWriter();
        Assert.Equal(1, App.Run(new[] { "check", Path.Combine(batch, "单位000.docx"), "--format", "json", "--output", report, "--force" }, o, new StringWriter()));
        Assert.Equal(12, JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("summary").GetProperty("forms").GetInt32());
        Assert.Equal(new[] { "report.json" }, Directory.EnumerateFiles(outDir).Select(Path.GetFileName));
    }

    [Fact]
    public void Terminated_mid_write_leaves_the_previous_report_and_no_temporary_file()
    {
        if (OperatingSystem.IsWindows()) return; // SIGTERM is sent with kill(1)
        var batch = Batch(80);
        var outDir = Directory.CreateDirectory(Path.Combine(_dir, "out")).FullName;
        var report = Path.Combine(outDir, "report.txt");
        File.WriteAllText(report, Previous);

        var (child, _) = Start(_dir, "check", batch, "--jobs", "1", "--output", report, "--force");
        using var _child = child;
        WaitForPartialOutput(outDir, child);
        using (var kill = Process.Start("kill", new[] { "-TERM", child.Id.ToString() }))
            kill.WaitForExit();
        Assert.True(child.WaitForExit(30_000));

        Assert.NotEqual(0, child.ExitCode);
        Assert.Equal(Previous, File.ReadAllText(report));
        Assert.Equal(new[] { "report.txt" }, Directory.EnumerateFiles(outDir).Select(Path.GetFileName));
    }

    /// <summary>Waits until the child holds its HTML scratch file open (on Linux already unlinked, so seen only in /proc).</summary>
    static void WaitForScratch(Process child, string outDir)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(child.HasExited, "perfeval finished before it could be interrupted");
            try
            {
                foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{child.Id}/fd"))
                    if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith(outDir, StringComparison.Ordinal) && target.EndsWith("(deleted)", StringComparison.Ordinal))
                        return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            Thread.Sleep(20);
        }
        throw new TimeoutException("perfeval opened no HTML scratch file within a minute");
    }

    /// <summary>
    /// Issue 13: a kill during `check --format html` left a 6–22 MB world-readable temp file with the whole
    /// report in the system temp folder. Now the scratch file lives in the output's folder and is unlinked as
    /// soon as it is opened: SIGKILL, SIGTERM and SIGINT leave nothing there, nothing in TMPDIR, and the
    /// report's final name is never a half-written file.
    /// </summary>
    [Theory]
    [InlineData("KILL")]
    [InlineData("TERM")]
    [InlineData("INT")]
    public void Interrupted_during_an_html_report_leaves_no_scratch_file_anywhere(string signal)
    {
        if (!OperatingSystem.IsLinux()) return; // /proc and signals
        var batch = Batch(80);
        var outDir = Directory.CreateDirectory(Path.Combine(_dir, "out")).FullName;
        var tmp = Directory.CreateDirectory(Path.Combine(_dir, "tmp")).FullName;
        var report = Path.Combine(outDir, "r.html");

        // The runtime's own debugger and diagnostics pipes (clr-debug-pipe-*, dotnet-diagnostic-*) would land in TMPDIR too: off.
        var environment = new Dictionary<string, string> { ["TMPDIR"] = tmp, ["DOTNET_EnableDiagnostics"] = "0" };
        var (child, _) = PerfevalProcess.Start(_dir, environment, "check", batch, "--format", "html", "--jobs", "1", "-o", report);
        using var _child = child;
        WaitForScratch(child, outDir);
        using (var kill = Process.Start("kill", new[] { "-" + signal, child.Id.ToString() }))
            kill.WaitForExit();
        Assert.True(child.WaitForExit(30_000));

        // The signal may land after the report was renamed into place (the child finished first, on a
        // loaded machine): then it is whole. What must never be there is part of one.
        if (File.Exists(report))
            Assert.EndsWith("</html>", File.ReadAllText(report).TrimEnd());
        Assert.Empty(Directory.EnumerateFileSystemEntries(tmp));
        var left = Directory.EnumerateFiles(outDir).Select(Path.GetFileName).Where(n => n != "r.html").ToList();
        if (signal == "KILL")
            Assert.All(left, name => Assert.Matches(new Regex($@"^\.perfeval-[0-9a-f]{{8}}-{child.Id}-[0-9a-f]{{32}}\.tmp$"), name)); // only the documented output temp, which the next run sweeps
        else
            Assert.Empty(left);
    }

    [Fact]
    public async Task A_file_name_with_a_leading_dash_is_checked_after_double_dash()
    {
        var batch = Batch(1);
        const string name = "-单位 'a' \"b\".docx";
        File.Move(Path.Combine(batch, "单位000.docx"), Path.Combine(batch, name));
        var (child, stdout) = Start(batch, "check", "--format", "jsonl", "--", name);
        using var _child = child;
        var output = await stdout.WaitAsync(TimeSpan.FromSeconds(60));
        await child.WaitForExitAsync();
        Assert.Equal(1, child.ExitCode);
        var paths = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).Distinct();
        Assert.Equal(new[] { name }, paths);
    }
}
