using System.Diagnostics;
using PerfEval.Grid;
using PerfEval.Readers;

namespace PerfEval.Pipeline;

/// <summary>
/// Reads legacy .doc/.xls/.wps/.et files by converting them with LibreOffice
/// (`soffice --headless --convert-to`) in a private temporary folder, under a
/// time limit, then reading the converted copy. Findings keep naming the
/// original file. Without LibreOffice the file is PE001 with what to do.
/// </summary>
public sealed class LegacyConversion : IDocumentReader
{
    /// <summary>How long one conversion may take before it is abandoned.</summary>
    public static TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The soffice program, or null when LibreOffice is not installed. Tests may override it.</summary>
    public static string? Soffice { get; set; } = FindOnPath("soffice") ?? FindOnPath("libreoffice");

    readonly string _target;          // "docx" or "xlsx"
    readonly IDocumentReader _reader; // reads the converted copy
    readonly string _what;

    LegacyConversion(string target, IDocumentReader reader, string what)
    {
        _target = target;
        _reader = reader;
        _what = what;
    }

    public static LegacyConversion ToDocx() => new("docx", new WordReader(), "旧版 Word/WPS 文字文件（.doc/.wps）");

    public static LegacyConversion ToXlsx() => new("xlsx", new XlsxReader(), "旧版 Excel/WPS 表格文件（.xls/.et）");

    public SourceDocument Read(string path)
    {
        var soffice = Soffice;
        if (soffice is null)
            throw new UnreadableFileException(
                $"这是{_what}，本机未安装 LibreOffice，无法自动转换。请另存为 .{_target} 后再检查，或安装 LibreOffice（如 apt-get install libreoffice-writer-nogui libreoffice-calc-nogui）后重试");

        var dir = Directory.CreateTempSubdirectory("perfeval-convert-");
        try
        {
            // A fixed, plain name: the original may start with a dash or hold characters soffice would misread.
            var input = Path.Combine(dir.FullName, "input" + Path.GetExtension(path).ToLowerInvariant());
            File.Copy(path, input);
            var outDir = Path.Combine(dir.FullName, "out");
            Run(soffice, dir.FullName, input, outDir);
            var converted = Path.Combine(outDir, "input." + _target);
            if (!File.Exists(converted))
                throw new UnreadableFileException($"LibreOffice 未能转换此{_what}（文件可能已损坏或加密），请用办公软件另存为 .{_target} 后再检查");
            return _reader.Read(converted);
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    void Run(string soffice, string work, string input, string outDir)
    {
        var psi = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        // A profile of its own: parallel conversions must not share (and lock) one.
        foreach (var a in new[]
        {
            "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nofirststartwizard",
            "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri,
            "--convert-to", _target, "--outdir", outDir, input,
        })
            psi.ArgumentList.Add(a);

        using var p = Process.Start(psi) ?? throw new UnreadableFileException("无法启动 LibreOffice 进行转换");
        var drainOut = p.StandardOutput.ReadToEndAsync();
        var drainErr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeLimit))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new UnreadableFileException($"LibreOffice 转换超过 {TimeLimit.TotalSeconds:0} 秒未完成，已放弃；请另存为 .{_target} 后再检查");
        }
        Task.WaitAll(drainOut, drainErr);
    }

    static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
