using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace PerfEval.Cli;

/// <summary>
/// The temporary files behind OutputFile. Their names,
/// <c>.perfeval-HOST-PID-RANDOM.tmp</c> beside the output, are the only
/// litter a run can leave, and only when it is killed outright (SIGKILL, a
/// power cut): Ctrl+C, SIGTERM and SIGHUP delete them, and the next run
/// writing into the same folder deletes those whose process is gone.
/// </summary>
static class TempFiles
{
    const string Prefix = ".perfeval-";
    const string Suffix = ".tmp";

    // The host is part of the name so a run on one machine never judges another machine's PIDs (a shared folder).
    static readonly string Host = HostTag(Environment.MachineName);
    static readonly HashSet<string> Live = new(StringComparer.Ordinal);
    static readonly object Gate = new();
    static readonly List<PosixSignalRegistration> Signals = new();
    static bool _hooked;

    public static (string Path, FileStream Stream) Open(string dir, string shownPath)
    {
        Hook();
        for (int attempt = 0; ; attempt++)
        {
            var temp = Path.Combine(dir, $"{Prefix}{Host}-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}{Suffix}");
            lock (Gate) Live.Add(temp);
            try
            {
                // CreateNew is O_EXCL: it never opens an existing file or follows a planted link.
                return (temp, new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None));
            }
            catch (IOException) when (attempt < 3 && Path.Exists(temp))
            {
                Forget(temp);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Forget(temp);
                throw new UsageException($"无法写入 {shownPath}：{ex.Message}");
            }
        }
    }

    public static void Forget(string temp)
    {
        lock (Gate) Live.Remove(temp);
    }

    public static void Delete(string temp)
    {
        try { File.Delete(temp); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        Forget(temp);
    }

    /// <summary>Deletes the temporary files that runs on this machine left behind when they were killed.</summary>
    public static void RemoveStale(string dir)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(dir, $"{Prefix}{Host}-*{Suffix}"))
            {
                var middle = Path.GetFileName(file)[(Prefix.Length + Host.Length + 1)..];
                int dash = middle.IndexOf('-');
                if (dash > 0 && int.TryParse(middle[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
                    && pid != Environment.ProcessId && !IsRunning(pid))
                    File.Delete(file);
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>True when the name is one this program gives its temporary files.</summary>
    public static bool IsTempName(string name) => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal);

    static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    static void Hook()
    {
        lock (Gate)
        {
            if (_hooked) return;
            _hooked = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try { Signals.Add(PosixSignalRegistration.Create(signal, _ => DeleteAll())); }
                catch (PlatformNotSupportedException) { }
            }
        }
    }

    static void DeleteAll()
    {
        string[] all;
        lock (Gate) all = Live.ToArray();
        foreach (var temp in all) Delete(temp);
    }

    static string HostTag(string machine)
    {
        // FNV-1a: string.GetHashCode differs between processes, this must not.
        uint h = 2166136261;
        foreach (char c in machine) h = (h ^ c) * 16777619;
        return h.ToString("x8", CultureInfo.InvariantCulture);
    }
}
