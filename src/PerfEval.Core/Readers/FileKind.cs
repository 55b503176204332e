using System.Runtime.InteropServices;

namespace PerfEval.Readers;

public enum EntryKind { Missing, Regular, Directory, Fifo, CharDevice, Other }

/// <summary>
/// What a path names, every symbolic link followed, found without opening
/// it: opening a FIFO blocks until a writer comes, reading a device or a
/// socket never ends. On Unix it asks stat(2) through the runtime's own
/// native shim (libSystem.Native, shipped with every .NET), whose FileStatus
/// starts with two ints, flags then mode; where that is not available it
/// falls back to the link target's attributes and size.
/// </summary>
public static class FileKind
{
    const int TypeMask = 0xF000, FifoType = 0x1000, CharType = 0x2000, Dir = 0x4000, Reg = 0x8000;

    [StructLayout(LayoutKind.Sequential)]
    struct Status
    {
        public int Flags;
        public int Mode;
        // The rest of FileStatus (ids, size, times, device, inode): room to spare.
        public long R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out Status status);

    static bool _native = !OperatingSystem.IsWindows();

    public static EntryKind Of(string path)
    {
        if (_native)
        {
            try
            {
                if (Stat(path, out var st) != 0)
                    return Path.Exists(path) ? EntryKind.Other : EntryKind.Missing;
                return (st.Mode & TypeMask) switch
                {
                    Reg => EntryKind.Regular,
                    Dir => EntryKind.Directory,
                    FifoType => EntryKind.Fifo,
                    CharType => EntryKind.CharDevice,
                    _ => EntryKind.Other, // block device, socket
                };
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _native = false;
            }
        }
        return Managed(path);
    }

    /// <summary>Without stat: a link's final target; an entry that is neither a folder nor a file with bytes is not regular.</summary>
    static EntryKind Managed(string path)
    {
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (info.LinkTarget is not null)
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            if (Directory.Exists(info.FullName)) return EntryKind.Directory;
            if (!info.Exists) return EntryKind.Missing;
            return info is FileInfo { Length: > 0 } || new FileInfo(info.FullName).Length > 0 ? EntryKind.Regular : EntryKind.Other;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return EntryKind.Other;
        }
    }

    /// <summary>
    /// Longer than the system opens: PATH_MAX (4096 bytes) for the whole path
    /// or NAME_MAX (255 bytes) for one name on Unix, 32,767 characters on Windows.
    /// </summary>
    public static bool IsTooLong(string path)
    {
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (e is PathTooLongException or ArgumentException or NotSupportedException) { return true; }
        if (OperatingSystem.IsWindows()) return full.Length >= 32_767;
        if (System.Text.Encoding.UTF8.GetByteCount(full) >= 4096) return true;
        foreach (var name in full.Split(Path.DirectorySeparatorChar))
            if (System.Text.Encoding.UTF8.GetByteCount(name) > 255) return true;
        return false;
    }
}
