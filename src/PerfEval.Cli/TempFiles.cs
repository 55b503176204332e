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
                // CreateNew is O_EXCL: it never opens an existing file or follows a planted link; 0600 until complete.
                return (temp, new FileStream(temp, Private(FileAccess.Write)));
            }
            catch (IOException) when (attempt < 3 && Path.Exists(temp))
            {
                Forget(temp);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Forget(temp);
                throw new UsageException("无法写入 " + ErrorText.Describe(ex, shownPath));
            }
        }
    }

    /// <summary>
    /// A scratch file for a writer's own buffering (the HTML report's forms), private (0600) and
    /// deleted as soon as it is open on Unix, so even SIGKILL leaves nothing; elsewhere deleted on close,
    /// on Ctrl+C and by the next run. In <paramref name="dir"/>, the output's folder (the system temp
    /// folder when the output is stdout), never readable by others.
    /// </summary>
    public static FileStream OpenScratch(string dir, string shownPath)
    {
        TempFiles.RemoveStale(dir);
        var temp = Path.Combine(dir, $"{Prefix}{Host}-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}{Suffix}");
        Hook();
        lock (Gate) Live.Add(temp);
        try
        {
            var options = Private(FileAccess.ReadWrite);
            if (OperatingSystem.IsWindows()) options.Options |= FileOptions.DeleteOnClose;
            var stream = new FileStream(temp, options);
            if (!OperatingSystem.IsWindows()) Delete(temp);
            return stream;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Forget(temp);
            throw new UsageException($"无法写入 {shownPath}：无法创建临时文件（{ErrorText.Describe(ex)}）");
        }
    }

    static FileStreamOptions Private(FileAccess access)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = access, Share = FileShare.None, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    static UnixFileMode? _newFileMode;

    /// <summary>Before the rename: the finished file gets the permissions any new file gets here (the umask's), not 0600.</summary>
    public static void MakeShared(string temp)
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            if (_newFileMode is null)
            {
                var probe = temp + ".mode";
                using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
                    _newFileMode = File.GetUnixFileMode(probe);
            }
            File.SetUnixFileMode(temp, _newFileMode.Value);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
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
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Cleaned = new(StringComparer.Ordinal);

    public static void RemoveStale(string dir)
    {
        // Once per folder and run: what a dead run left cannot grow while this one runs, and listing
        // the folder again for each of a thousand outputs cost a thousand directory scans.
        if (!Cleaned.TryAdd(Path.GetFullPath(dir), true)) return;
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
        lock (Gate)
        {
            _ending = true;
            all = Live.ToArray();
        }
        foreach (var temp in all) Delete(temp);
    }

    static bool _ending;

    /// <summary>
    /// Renames a finished temporary file to its final name, unless the run is ending (Ctrl+C, SIGTERM,
    /// SIGHUP): the main thread runs on while the signal is handled, and an interrupted run must not
    /// publish an output after it was told to stop. Under the same lock as the handler, so the rename
    /// either happened before the signal or not at all. False when it did not happen.
    /// </summary>
    public static bool Publish(string temp, string final, bool replace)
    {
        lock (Gate)
        {
            if (_ending) return false;
            File.Move(temp, final, overwrite: replace);
            return true;
        }
    }

    static string HostTag(string machine)
    {
        // FNV-1a: string.GetHashCode differs between processes, this must not.
        uint h = 2166136261;
        foreach (char c in machine) h = (h ^ c) * 16777619;
        return h.ToString("x8", CultureInfo.InvariantCulture);
    }
}
