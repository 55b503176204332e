using PerfEval.Grid;

namespace PerfEval.Readers.Legacy;

/// <summary>
/// Reads a Word 97–2003 .doc (and WPS's .wps, which is the same format)
/// natively, from the published [MS-DOC] structures, into the grids the
/// .docx reader makes. A file it cannot read but LibreOffice may (Word 6/95,
/// other layouts) throws UnsupportedLegacyException; a damaged or hostile
/// one an UnreadableFileException naming what is wrong.
/// </summary>
public sealed class DocReader : IDocumentReader
{
    readonly ReaderLimits limits;

    public DocReader() : this(ReaderLimits.Default) { }

    public DocReader(ReaderLimits limits) => this.limits = limits;

    public SourceDocument Read(string path)
    {
        // The guard turns anything unexpected into a PE001; "not supported" must pass through to the fallback.
        UnsupportedLegacyException? unsupported = null;
        var doc = ReadErrors.Guard(OfficeKind.Word, () =>
        {
            try
            {
                return ReadDocument(path);
            }
            catch (UnsupportedLegacyException e)
            {
                unsupported = e;
                return null;
            }
        });
        return doc ?? throw unsupported!;
    }

    SourceDocument ReadDocument(string path)
    {
        using var file = LegacyFile.Open(path, LegacyKind.Word);
        var cfb = CompoundDocument.Open(file);
        if (cfb.IsEncrypted)
            throw ReadErrors.Encrypted(OfficeKind.Word);
        var wordEntry = cfb.Find("WordDocument") ?? throw new UnsupportedLegacyException("文件中没有 Word 正文数据流（可能是早期 WPS 或其他程序的格式）");
        var word = cfb.ReadStream(wordEntry, limits.MaxPartBytes);
        var fib = DocFib.Parse(word);
        var tableEntry = cfb.Find(fib.TableStream) ?? throw LegacyErrors.BadDocument($"数据流 {fib.TableStream} 缺失");
        var table = cfb.ReadStream(tableEntry, limits.MaxPartBytes);
        var pieces = DocPieces.Read(word, table, fib);
        // Only wide table rows need the Data stream (their properties live there); most files have one anyway.
        var data = cfb.Find("Data") is { } dataEntry ? cfb.ReadStream(dataEntry, limits.MaxPartBytes) : Array.Empty<byte>();
        var props = DocProperties.Read(word, table, data, fib);
        return new SourceDocument(path, DocTables.Build(pieces, props, limits));
    }
}
