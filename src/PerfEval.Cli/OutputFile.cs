namespace PerfEval.Cli;

/// <summary>
/// A file perfeval writes (a report, a summary, a corrected workbook),
/// written to a temporary file beside its final name and renamed into place
/// only when complete: an interrupted run never leaves a half-written file
/// under the final name. It refuses to replace an input (whatever the path
/// spelling or links in between) and refuses an output name that is itself
/// a symbolic link, so nothing is ever written to a place the user did not
/// name. See docs/security.md.
/// </summary>
public sealed class OutputFile : IDisposable
{
    readonly string _final;
    readonly string _temp;
    bool _done;

    OutputFile(string final, string temp, FileStream stream)
    {
        _final = final;
        _temp = temp;
        Stream = stream;
    }

    public FileStream Stream { get; }

    /// <summary>The final path, made absolute.</summary>
    public string FinalPath => _final;

    /// <summary>Opens the temporary file for <paramref name="path"/>, or throws UsageException saying why it may not be written.</summary>
    public static OutputFile Create(string path, IEnumerable<string> inputs)
    {
        var full = Path.GetFullPath(path);
        var name = Path.GetFileName(full);
        if (name.Length == 0 || Directory.Exists(full))
            throw new UsageException($"输出路径 {path} 是一个文件夹，请给出文件名");
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
            throw new UsageException($"无法写入 {path}：文件夹 {dir} 不存在");
        var link = new FileInfo(full).LinkTarget;
        if (link is not null)
            throw new UsageException($"输出文件 {path} 是一个符号链接（指向 {link}），为免写到别处，拒绝写入；请先删除该链接或换一个文件名");
        var real = RealPath.Of(full);
        foreach (var input in inputs)
            if (RealPath.Same(RealPath.Of(input), real))
                throw new UsageException($"输出文件 {path} 是输入文件之一（{input}），拒绝覆盖");

        TempFiles.RemoveStale(dir);
        var (temp, stream) = TempFiles.Open(dir, path);
        return new OutputFile(full, temp, stream);
    }

    /// <summary>Flushes the file to disk and renames it to its final name, replacing an older file of that name.</summary>
    public void Commit()
    {
        if (_done) throw new InvalidOperationException("already committed or discarded");
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        try
        {
            // rename(2) replaces a link that appeared meanwhile instead of writing through it.
            File.Move(_temp, _final, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TempFiles.Delete(_temp);
            throw new UsageException($"无法写入 {_final}：{ex.Message}");
        }
        finally
        {
            _done = true;
            TempFiles.Forget(_temp);
        }
    }

    /// <summary>Without a Commit, the temporary file is deleted and the final name is left as it was.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        Stream.Dispose();
        TempFiles.Delete(_temp);
    }
}
