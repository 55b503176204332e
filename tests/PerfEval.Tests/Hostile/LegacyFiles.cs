using System.Diagnostics;
using PerfEval.Samples;
using PerfEval.Readers.Legacy;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// Real legacy files for the conversion tests, made once per test class by
/// converting the seed samples with LibreOffice (never checked-in binaries).
/// The names start with a dash and hold quotes and spaces, which must not
/// reach soffice's command line.
/// </summary>
public sealed class LegacyFiles : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("perfeval-legacy-").FullName;

    public string Doc { get; }
    public string Xls { get; }

    public LegacyFiles()
    {
        var root = SeedText.FindRepoRoot();
        Doc = Convert(Path.Combine(root, "samples", "附件1.docx"), "doc", "-附件1 'Word' \"97\".doc");
        Xls = Convert(Path.Combine(root, "samples", "附件1.xlsx"), "xls", "-附件1 'Excel' \"97\".xls");
    }

    /// <summary>
    /// The same compound file with its FIB claiming Word 6.0 (nFib 101): a format the native reader leaves to
    /// LibreOffice. The WordDocument stream is the one whose first sector starts with the FIB's magic number.
    /// </summary>
    public static byte[] AsWord6(byte[] doc)
    {
        var copy = (byte[])doc.Clone();
        for (int at = 512; at + 4 <= copy.Length; at += 512)
        {
            int nFib = copy[at + 2] | copy[at + 3] << 8;
            if (copy[at] == 0xEC && copy[at + 1] == 0xA5 && nFib is >= 0xC1 and < 0x200)
            {
                copy[at + 2] = 101;
                copy[at + 3] = 0;
                return copy;
            }
        }
        throw new InvalidOperationException("no Word 97 FIB found in the file");
    }

    public static string Soffice => LegacyConversion.DefaultSoffice
        ?? throw new InvalidOperationException("LibreOffice (soffice) must be on the PATH for these tests; .ci/run installs it.");

    /// <summary>Runs soffice as a person would, with a profile of its own, and moves the result to <paramref name="name"/>.</summary>
    public string Convert(string source, string format, string name)
    {
        var work = Directory.CreateDirectory(Path.Combine(Dir, Guid.NewGuid().ToString("N"))).FullName;
        var input = Path.Combine(work, "in" + Path.GetExtension(source));
        File.Copy(source, input);
        RunSoffice(work, "--convert-to", format, "--outdir", work, input);
        var output = Path.Combine(work, "in." + format);
        Assert.True(File.Exists(output), $"soffice did not convert {source} to {format}");
        var target = Path.Combine(Dir, name);
        File.Move(output, target);
        return target;
    }

    static void RunSoffice(string work, params string[] args)
    {
        var psi = new ProcessStartInfo(Soffice) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
        foreach (var a in new[] { "--headless", "--norestore", "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri }.Concat(args))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var drain = Task.WhenAll(p.StandardOutput.ReadToEndAsync(), p.StandardError.ReadToEndAsync());
        if (!p.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish");
        }
        drain.Wait(TimeSpan.FromSeconds(5));
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
