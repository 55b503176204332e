using System.Security;

namespace PerfEval.Cli;

/// <summary>
/// The common file-system errors as Chinese sentences that say what to do —
/// never the runtime's English text ("Access to the path … is denied.").
/// </summary>
public static class ErrorText
{
    // Windows HRESULTs and POSIX errno values of the same conditions.
    const int SharingViolation = unchecked((int)0x80070020), LockViolation = unchecked((int)0x80070021);
    const int DiskFull = unchecked((int)0x80070070), HandleDiskFull = unchecked((int)0x80070027);
    const int ENOSPC = 28, EROFS = 30, EACCES = 13, EBUSY = 16;

    /// <summary>What went wrong with <paramref name="path"/>, in one Chinese sentence.</summary>
    public static string Describe(Exception ex, string? path = null)
    {
        var p = path is null ? "" : path + "：";
        return ex switch
        {
            UnauthorizedAccessException or SecurityException =>
                $"{p}没有访问权限（请检查文件或文件夹的权限、是否只读，或换一个位置）",
            FileNotFoundException => $"{p}文件不存在（请检查路径和文件名）",
            DirectoryNotFoundException => $"{p}文件夹不存在（请先创建它，或检查路径）",
            PathTooLongException => $"{p}路径太长（请移到较短的路径下，或缩短文件名）",
            DriveNotFoundException => $"{p}找不到该磁盘（请检查盘符或网络驱动器是否已连接）",
            IOException io when io.HResult is SharingViolation or LockViolation || (io.HResult & 0xFFFF) == EBUSY =>
                $"{p}文件正被其他程序占用（请在 Excel、WPS 或 Word 中关闭它后重试）",
            IOException io when io.HResult is DiskFull or HandleDiskFull || (io.HResult & 0xFFFF) == ENOSPC =>
                $"{p}磁盘空间不足（请清理磁盘或换一个位置）",
            IOException io when (io.HResult & 0xFFFF) == EROFS => $"{p}所在磁盘是只读的（请换一个位置）",
            IOException io when (io.HResult & 0xFFFF) == EACCES => $"{p}没有访问权限（请检查文件或文件夹的权限）",
            IOException => $"{p}读写出错（请检查磁盘、网络连接和文件是否完好后重试）",
            ArgumentException or NotSupportedException => $"{p}路径无效（含有不允许的字符或格式）",
            _ => $"{p}内部错误（{ex.GetType().Name}），请将所用命令和文件报告给 perfeval 维护者",
        };
    }

    /// <summary>Whether the exception is one of the file-system errors Describe words.</summary>
    public static bool IsFileSystem(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException;
}
