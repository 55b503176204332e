using System.Diagnostics;
using PerfEval.Grid;
using PerfEval.Readers;

namespace PerfEval.Readers.Legacy;

public enum LegacyTarget { Docx, Xlsx }

/// <summary>
/// Reads legacy .doc/.xls/.wps/.et files. A Word 97–2003 or Excel 97–2003
/// file (WPS saves .wps and .et in these formats) is read natively
/// (DocReader, XlsReader). Only what the native readers cannot read — a
/// Word 6/95 file, a compound file without a Word or Excel body stream
/// (older WPS or Works layouts) — is converted with LibreOffice
/// (`soffice --headless --convert-to`) in a private temporary folder, under
/// a time limit, then the converted copy is read. Findings keep naming the
/// original file. Without LibreOffice such a file is PE001 with the reason
/// and what to do. Only real OLE compound files are read or reach
/// LibreOffice: anything else would be imported as plain text (a damaged
/// file turned into "no form"), and HTML or RTF could make it fetch linked
/// content. A damaged or encrypted file is PE001 at once; LibreOffice could
/// not read it either.
/// </summary>
public sealed class LegacyConversion : IDocumentReader
{
    /// <summary>Set to a program path to use that soffice, or to an empty string to turn conversion off.</summary>
    public const string SofficeVariable = "PERFEVAL_SOFFICE";

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>64 MiB: a legacy form is a few MB; a larger file is refused rather than handed to LibreOffice.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    /// <summary>The soffice found at start-up ($PERFEVAL_SOFFICE, else soffice or libreoffice on the PATH), or null.</summary>
    public static string? DefaultSoffice { get; } = Locate();

    readonly LegacyTarget _byExtension;

    public LegacyConversion(LegacyTarget byExtension) => _byExtension = byExtension;

    /// <summary>The program that converts; null means "not installed". Per instance, so tests need not share one.</summary>
    public string? Soffice { get; init; } = DefaultSoffice;

    /// <summary>How long one conversion may take before it is killed.</summary>
    public TimeSpan TimeLimit { get; init; } = DefaultTimeLimit;

    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Read Word 97–2003 and Excel 97–2003 files natively (the default); false converts everything, as a reference.</summary>
    public bool Native { get; init; } = true;

    /// <summary>Where the private conversion folders are made; null for the system's temporary folder.</summary>
    public string? WorkRoot { get; init; }

    public static LegacyConversion ToDocx() => new(LegacyTarget.Docx);

    public static LegacyConversion ToXlsx() => new(LegacyTarget.Xlsx);

    public SourceDocument Read(string path)
    {
        var (target, hasBody) = Inspect(path);
        if (target is null)
            return WithPath(ReaderFor(_byExtension).Read(path), path); // a .docx/.xlsx under an old name
        string reason = "其中没有 Word 97-2003 或 Excel 97-2003 的正文数据流（可能是早期 WPS 或其他程序的格式）";
        if (Native && hasBody)
        {
            try
            {
                return NativeReader(target.Value).Read(path);
            }
            catch (UnsupportedLegacyException e)
            {
                reason = e.Reason;
            }
        }
        else if (!Native)
            reason = "已设为一律转换";
        var soffice = Soffice;
        if (string.IsNullOrEmpty(soffice))
            throw new UnreadableFileException(
                $"这是{What(target.Value)}，{reason}，perfeval 不能直接读取；本机也没有可用的 LibreOffice，无法自动转换。请用{App(target.Value)}另存为 {Ext(target.Value)} 后再检查；" +
                "或安装 LibreOffice（如 Debian/Ubuntu：apt-get install libreoffice-writer-nogui libreoffice-calc-nogui），" +
                $"使 soffice 在 PATH 中（或用环境变量 {SofficeVariable} 指向它）后重试");
        return WithPath(Convert(path, target.Value, soffice), path);
    }

    IDocumentReader NativeReader(LegacyTarget target) =>
        target == LegacyTarget.Docx ? new DocReader(Limits) : new XlsReader(Limits);

    /// <summary>
    /// What the file holds (null: it is already a zip package) and whether it has a Word or Excel body stream
    /// the native readers take. Throws for anything neither readable nor convertible.
    /// </summary>
    (LegacyTarget? Target, bool HasBody) Inspect(string path)
    {
        try
        {
            // Size first, from the directory entry: opening a FIFO or a device named .doc would block or never end.
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new FileNotFoundException(path);
            if (info.Length == 0)
                throw new UnreadableFileException("文件为空（0 字节），没有任何内容。请重新导出或重新提交完整的文件。");
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> head = stackalloc byte[8];
            int n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..n];
            if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
                return (null, false);
            if (!head.SequenceEqual(CompoundDocument.Signature))
                throw new UnreadableFileException(
                    $"不是有效的{What(_byExtension)}：{Guess(head)}。请用{App(_byExtension)}打开后另存为 {Ext(_byExtension)} 再提交。");
            if (file.Length > MaxInputBytes)
                throw new UnreadableFileException(
                    $"文件异常：大小超过 {MaxInputBytes / (1024 * 1024)} MiB 的上限，已拒绝转换。请另存为 {Ext(_byExtension)}（或删除多余内容）后再检查。");
            file.Position = 0;
            // A broken structure is PE001 with its reason: LibreOffice would not read it either.
            var cfb = CompoundDocument.Open(file);
            if (cfb.IsEncrypted)
                throw new UnreadableFileException($"文件已加密（设置了打开密码），无法读取。请去除密码后另存为 {Ext(_byExtension)} 再提交。");
            if (cfb.Find("WordDocument") is not null)
                return (LegacyTarget.Docx, true);
            if (cfb.Find("Workbook") is not null || cfb.Find("Book") is not null)
                return (LegacyTarget.Xlsx, true);
            // WPS and Works files have their own stream names; LibreOffice knows them, the extension says which kind.
            var ext = Path.GetExtension(path).ToLowerInvariant();
            if (ext is ".wps" or ".et")
                return (_byExtension, false);
            throw new UnreadableFileException(
                $"不是有效的{What(_byExtension)}：这是一个 OLE 复合文档，但其中没有 Word 或 Excel 的正文数据（可能是其他程序的文件）。请用办公软件另存为 {Ext(_byExtension)} 再提交。");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UnreadableFileException($"找不到文件：{path}。请检查路径是否正确。");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableFileException($"无法打开文件：没有读取权限或文件被其他程序独占（{e.Message}）。请关闭占用它的程序或检查权限后重试。", e);
        }
    }

    SourceDocument Convert(string path, LegacyTarget target, string soffice)
    {
        var dir = WorkRoot is null
            ? Directory.CreateTempSubdirectory("perfeval-convert-")
            : Directory.CreateDirectory(Path.Combine(WorkRoot, "perfeval-convert-" + Guid.NewGuid().ToString("N")));
        try
        {
            // A fixed, plain name: the original may start with a dash or hold characters soffice would misread.
            var input = Path.Combine(dir.FullName, "input" + Path.GetExtension(path).ToLowerInvariant());
            File.Copy(path, input);
            var outDir = Path.Combine(dir.FullName, "out");
            var profile = Path.Combine(dir.FullName, "profile");
            SofficeProfile.Write(profile);
            Run(soffice, dir.FullName, profile, input, outDir, Ext(target)[1..]);
            var converted = Path.Combine(outDir, "input" + Ext(target));
            if (!File.Exists(converted))
                throw new UnreadableFileException(
                    $"LibreOffice 未能转换此{What(target)}（文件可能已损坏或设置了打开密码），请用办公软件另存为 {Ext(target)} 后再检查");
            return ReaderFor(target).Read(converted);
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    void Run(string soffice, string work, string profile, string input, string outDir, string format)
    {
        var psi = new ProcessStartInfo(soffice)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        // A profile of its own: parallel conversions must not share (and lock) one, nor touch the user's.
        foreach (var a in new[]
        {
            "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nofirststartwizard",
            "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
            "--convert-to", format, "--outdir", outDir, input,
        })
            psi.ArgumentList.Add(a);
        psi.Environment["HOME"] = work;
        psi.Environment["TMPDIR"] = work;
        // Belt and braces with the profile's proxy: anything that still tries the network meets a closed local port.
        foreach (var v in new[] { "http_proxy", "https_proxy", "ftp_proxy", "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "all_proxy", "ALL_PROXY" })
            psi.Environment[v] = SofficeProfile.DeadProxy;
        psi.Environment.Remove("no_proxy");
        psi.Environment.Remove("NO_PROXY");

        Process p;
        try
        {
            p = Process.Start(psi) ?? throw new UnreadableFileException("无法启动 LibreOffice 进行转换");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            throw new UnreadableFileException($"无法启动 LibreOffice（{soffice}）进行转换：{e.Message}。请检查安装，或另存为 .docx/.xlsx 后再检查。", e);
        }
        using (p)
        {
            p.StandardInput.Close();
            var drainOut = p.StandardOutput.ReadToEndAsync();
            var drainErr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeLimit))
            {
                try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } catch (System.ComponentModel.Win32Exception) { }
                p.WaitForExit(TimeSpan.FromSeconds(5));
                throw new UnreadableFileException(
                    $"LibreOffice 转换超过 {TimeLimit.TotalSeconds:0} 秒仍未完成，已终止转换（文件可能已损坏或过大）。请另存为 .{format} 后再检查");
            }
            // Output pipes close when the last child exits; do not wait on a straggler forever.
            Task.WaitAll(new Task[] { drainOut, drainErr }, TimeSpan.FromSeconds(5));
        }
    }

    IDocumentReader ReaderFor(LegacyTarget target) =>
        target == LegacyTarget.Docx ? new WordReader(Limits) : new XlsxReader(Limits);

    static SourceDocument WithPath(SourceDocument doc, string path) => new(path, doc.Grids);

    static string Ext(LegacyTarget t) => t == LegacyTarget.Docx ? ".docx" : ".xlsx";

    static string App(LegacyTarget t) => t == LegacyTarget.Docx ? "Word 或 WPS 文字" : "Excel 或 WPS 表格";

    static string What(LegacyTarget t) => t == LegacyTarget.Docx ? "旧版 Word/WPS 文字文件（.doc/.wps）" : "旧版 Excel/WPS 表格文件（.xls/.et）";

    static string Guess(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("{\\rtf"u8))
            return "它实际上是 RTF 文档（出于安全原因不自动转换）";
        if (head.StartsWith("%PDF"u8))
            return "它实际上是 PDF 文件";
        if (head.StartsWith("<"u8) || head.StartsWith("\uFEFF<"u8))
            return "它实际上是网页（HTML）或 XML 文本（出于安全原因不自动转换）";
        return "文件开头不是 Office 97-2003 文件的标志，可能是改了扩展名的其他文件或已损坏";
    }

    static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(SofficeVariable);
        if (configured is not null)
            return configured.Length == 0 ? null : configured;
        return FindOnPath("soffice") ?? FindOnPath("libreoffice");
    }

    static string? FindOnPath(string name)
    {
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : new[] { name };
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            foreach (var n in names)
            {
                var candidate = Path.Combine(dir, n);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
