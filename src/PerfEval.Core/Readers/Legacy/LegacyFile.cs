namespace PerfEval.Readers.Legacy;

/// <summary>Opens a legacy file for reading: a regular file, not empty, within the size a form can have.</summary>
internal static class LegacyFile
{
    /// <summary>64 MiB: a legacy form is a few MB; the whole file is held in memory stream by stream.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static FileStream Open(string path, LegacyKind kind)
    {
        // Size first, from the directory entry: opening a FIFO or a device would block or never end.
        var info = new FileInfo(path);
        if (!info.Exists)
            throw ReadErrors.NotFound(path);
        if (info.Length == 0)
            throw ReadErrors.Empty();
        if (info.Length > MaxBytes)
            throw LegacyErrors.TooLarge(kind, MaxBytes);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    }
}
