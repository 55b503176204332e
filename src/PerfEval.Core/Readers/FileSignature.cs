using System.Text;

namespace PerfEval.Readers;

/// <summary>
/// Tells what a file really is from its first bytes, so a wrong or legacy
/// file gets a precise message instead of a zip error.
/// </summary>
internal static class FileSignature
{
    // OLE directory entries store stream names in UTF-16LE; finding them is cheaper than parsing the FAT.
    static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    static readonly byte[] WordDocument = Encoding.Unicode.GetBytes("WordDocument");
    static readonly byte[] Workbook = Encoding.Unicode.GetBytes("Workbook");

    /// <summary>Checks the opened file and throws the right UnreadableFileException unless it is a zip.</summary>
    public static void RequireZip(Stream file, OfficeKind kind)
    {
        Span<byte> head = stackalloc byte[8];
        int n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        head = head[..n];
        if (n == 0)
            throw ReadErrors.Empty();
        if (head.SequenceEqual(Legacy.CompoundFile.Signature))
            throw OleError(file, kind);
        // PK\3\4 starts a zip with entries; PK\5\6 is an empty zip, which still fails later with a better message.
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5))
            return;
        throw ReadErrors.NotZip(kind, Guess(head));
    }

    static UnreadableFileException OleError(Stream file, OfficeKind kind)
    {
        var (encrypted, word, excel) = ScanOle(file);
        if (encrypted)
            return ReadErrors.Encrypted(kind);
        if (word)
            return ReadErrors.LegacyWord();
        if (excel)
            return ReadErrors.LegacyExcel();
        return kind == OfficeKind.Word ? ReadErrors.LegacyWord() : ReadErrors.LegacyExcel();
    }

    static (bool Encrypted, bool Word, bool Excel) ScanOle(Stream file)
    {
        bool encrypted = false, word = false, excel = false;
        var buffer = new byte[64 * 1024];
        int overlap = EncryptedPackage.Length;
        int kept = 0;
        while (true)
        {
            int n = file.Read(buffer, kept, buffer.Length - kept);
            if (n <= 0)
                break;
            var span = buffer.AsSpan(0, kept + n);
            encrypted |= span.IndexOf(EncryptedPackage) >= 0;
            word |= span.IndexOf(WordDocument) >= 0;
            excel |= span.IndexOf(Workbook) >= 0;
            if (encrypted)
                break;
            // Keep the tail so a name split across two reads is still found.
            kept = Math.Min(overlap, span.Length);
            span[^kept..].CopyTo(buffer);
        }
        return (encrypted, word, excel);
    }

    static string? Guess(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("{\\rtf"u8))
            return " RTF 文档";
        if (head.StartsWith("%PDF"u8))
            return " PDF 文件";
        if (head.StartsWith("<"u8) || head.StartsWith("\uFEFF<"u8))
            return " HTML/XML 文本（网页或 Word 2003 XML）";
        return null;
    }
}
