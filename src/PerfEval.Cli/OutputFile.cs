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
    readonly string? _temp;
    readonly bool _replace;
    bool _done;

    OutputFile(string final, string? temp, FileStream stream, bool replace)
    {
        _final = final;
        _temp = temp;
        _replace = replace;
        Stream = stream;
    }

    public FileStream Stream { get; }

    /// <summary>The final path, made absolute.</summary>
    public string FinalPath => _final;

    // An input's real path, resolved once per run: fix writes one output per input, and resolving
    // every input again for each output made a 1,000-file run spend most of its time in the kernel.
    // The output's own path is still resolved each time, just before it is opened.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> InputReal = new(StringComparer.Ordinal);

    static string InputRealPath(string input) => InputReal.GetOrAdd(input, RealPath.Of);

    /// <summary>
    /// Opens the temporary file for <paramref name="path"/>, or throws UsageException saying why it may not be written.
    /// An existing file is replaced only with <paramref name="force"/> (--force): perfeval never overwrites a file
    /// this run did not create. A FIFO or a character device (/dev/null, a pipe of the shell) is written into as
    /// it is, never replaced; anything else that is not a regular file is refused.
    /// </summary>
    public static OutputFile Create(string path, IEnumerable<string> inputs, bool force = false)
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
            if (RealPath.Same(InputRealPath(input), real))
                throw new UsageException($"输出文件 {path} 是输入文件之一（{input}），拒绝覆盖");

        switch (Readers.FileKind.Of(full))
        {
            case Readers.EntryKind.Fifo or Readers.EntryKind.CharDevice:
                return new OutputFile(full, null, OpenInPlace(full, path), replace: false);
            case Readers.EntryKind.Other:
                throw new UsageException($"输出路径 {path} 不是普通文件（块设备或套接字），拒绝写入");
            case Readers.EntryKind.Regular when !force:
                throw new UsageException($"输出文件 {path} 已存在；perfeval 不覆盖不是本次运行写出的文件，要覆盖请加 --force");
        }

        TempFiles.RemoveStale(dir);
        var (temp, stream) = TempFiles.Open(dir, path);
        return new OutputFile(full, temp, stream, replace: force);
    }

    /// <summary>
    /// Opens a FIFO or a character device for writing: no temporary file, no rename, so /dev/null stays a
    /// device. A FIFO opens when a reader comes, as the user who named it expects.
    /// </summary>
    static FileStream OpenInPlace(string full, string shown)
    {
        try { return new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("无法写入 " + ErrorText.Describe(ex, shown));
        }
    }

    /// <summary>Flushes the file to disk and renames it to its final name, replacing an older file of that name.</summary>
    public void Commit()
    {
        if (_done) throw new InvalidOperationException("already committed or discarded");
        if (_temp is null)
        {
            _done = true;
            Stream.Flush();
            Stream.Dispose();
            return;
        }
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        try
        {
            TempFiles.MakeShared(_temp);
            // rename(2) replaces a link that appeared meanwhile instead of writing through it. Without
            // --force the move refuses a file that appeared meanwhile, so nobody's file is ever replaced.
            if (!TempFiles.Publish(_temp, _final, _replace)) TempFiles.Delete(_temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TempFiles.Delete(_temp);
            throw new UsageException(File.Exists(_final) && !_replace
                ? $"输出文件 {_final} 已存在；perfeval 不覆盖不是本次运行写出的文件，要覆盖请加 --force"
                : "无法写入 " + ErrorText.Describe(ex, _final));
        }
        finally
        {
            _done = true;
            TempFiles.Forget(_temp!);
        }
    }

    /// <summary>Without a Commit, the temporary file is deleted and the final name is left as it was.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        Stream.Dispose();
        if (_temp is not null) TempFiles.Delete(_temp);
    }
}
