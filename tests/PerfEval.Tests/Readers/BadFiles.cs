using System.IO.Compression;
using System.Text;
using PerfEval.Readers;

namespace PerfEval.Tests.Readers;

/// <summary>Broken and hostile files shared by the Word and Excel bad-input tests.</summary>
internal static class BadFiles
{
    public static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        // Make sure chance never produces a zip or OLE signature.
        bytes[0] = 0x42;
        return bytes;
    }

    /// <summary>An OLE compound file header followed by directory-entry names, as a legacy or encrypted file has.</summary>
    public static byte[] Ole(params string[] streamNames)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[504]);
        foreach (var name in streamNames)
        {
            bytes.AddRange(Encoding.Unicode.GetBytes(name));
            bytes.AddRange(new byte[128 - 2 * name.Length]);
        }
        // Padding past one scan buffer checks a name is found wherever it sits.
        bytes.AddRange(new byte[70_000]);
        bytes.AddRange(Encoding.Unicode.GetBytes("Root Entry"));
        return bytes.ToArray();
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return memory.ToArray();
    }

    /// <summary>Rewrites the uncompressed-size fields of every entry, as a crafted bomb would.</summary>
    public static byte[] LieAboutSizes(byte[] zip, uint claimedSize)
    {
        var bytes = (byte[])zip.Clone();
        for (int i = 0; i + 30 < bytes.Length; i++)
        {
            uint signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50)
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), claimedSize);
            else if (signature == 0x02014b50 && i + 28 <= bytes.Length)
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), claimedSize);
        }
        return bytes;
    }

    /// <summary>Reads the file and requires an UnreadableFileException (and no other type) whose message holds the phrase.</summary>
    public static UnreadableFileException AssertUnreadable(IDocumentReader reader, string path, string phrase)
    {
        var e = Assert.Throws<UnreadableFileException>(() => reader.Read(path));
        Assert.Contains(phrase, e.Message);
        return e;
    }
}
