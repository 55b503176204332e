using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PerfEval.Bench;

/// <summary>Cpu is user + system time of the process, or null where the OS does not tell it.</summary>
public sealed record Measurement(TimeSpan Wall, TimeSpan? Cpu, long PeakBytes, int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs a program to its end and measures its wall time and peak resident
/// memory. The peak is the kernel's high-water mark (VmHWM in
/// /proc/PID/status), sampled while the process runs; it only grows, so the
/// last sample is the peak up to a few milliseconds before exit. CPU time
/// comes from getrusage(RUSAGE_CHILDREN) before and after: on a shared
/// machine it moves far less than wall time does.
/// </summary>
public static partial class Measured
{
    public static Measurement Run(string program, IEnumerable<string> args, string? workDir = null)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        var cpuBefore = ChildrenCpu();
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + program);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!p.WaitForExit(10))
            peak = Math.Max(peak, HighWaterMark(p));
        var wall = clock.Elapsed;
        Task.WaitAll(stdout, stderr);
        var cpuAfter = ChildrenCpu();
        return new Measurement(wall, cpuAfter - cpuBefore, peak, p.ExitCode, stdout.Result, stderr.Result);
    }

    static long HighWaterMark(Process p)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                foreach (var line in File.ReadLines($"/proc/{p.Id}/status"))
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                        return long.Parse(line[6..].Trim().Split(' ')[0]) * 1024;
                return 0;
            }
            p.Refresh();
            return p.PeakWorkingSet64;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return 0; // exited between the check and the read
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    struct RUsage
    {
        public long UtimeSec, UtimeUsec, StimeSec, StimeUsec;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRUsage(int who, out RUsage usage);

    const int RusageChildren = -1;

    /// <summary>Total CPU time of the waited-for children so far (64-bit Linux layout), or null elsewhere.</summary>
    static TimeSpan? ChildrenCpu()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return null;
        if (GetRUsage(RusageChildren, out var u) != 0) return null;
        return TimeSpan.FromMicroseconds((u.UtimeSec + u.StimeSec) * 1_000_000 + u.UtimeUsec + u.StimeUsec);
    }
}
