using PerfEval.Samples;
using PerfEval.Tests.Support;

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

    /// <summary>Converts a copy with LibreOffice, as a person would, and moves the result to <paramref name="name"/>.</summary>
    public string Convert(string source, string format, string name)
    {
        var work = Directory.CreateDirectory(Path.Combine(Dir, Guid.NewGuid().ToString("N"))).FullName;
        var input = Path.Combine(work, "in" + Path.GetExtension(source));
        File.Copy(source, input);
        var output = LibreOffice.Convert(format, work, input).Single();
        var target = Path.Combine(Dir, name);
        File.Move(output, target);
        return target;
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
