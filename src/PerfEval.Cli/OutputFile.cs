namespace PerfEval.Cli;

/// <summary>
/// A report file written beside its final name and renamed into place when
/// complete, so an interrupted run never leaves a half-written report, and
/// never one of the inputs.
/// </summary>
public sealed class OutputFile : IDisposable
{
    readonly string _final;
    readonly string _temp;
    bool _committed;

    OutputFile(string final, string temp, FileStream stream)
    {
        _final = final;
        _temp = temp;
        Stream = stream;
    }

    public FileStream Stream { get; }

    public static OutputFile Create(string path, IEnumerable<string> inputs)
    {
        var full = Path.GetFullPath(path);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
            throw new UsageException($"输出文件 {path} 是输入文件之一，拒绝覆盖");
        if (Directory.Exists(full)) throw new UsageException($"输出路径 {path} 是一个文件夹");
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new UsageException($"无法写入 {path}：文件夹 {dir} 不存在");
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            return new OutputFile(full, temp, new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法写入 {path}：{ex.Message}");
        }
    }

    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(_temp, _final, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        Stream.Dispose();
        try { File.Delete(_temp); } catch (IOException) { }
    }
}
