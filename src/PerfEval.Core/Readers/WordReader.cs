using PerfEval.Grid;

namespace PerfEval.Readers;

/// <summary>
/// Reads every table of a .docx into a grid: top-level tables as 表N, tables
/// nested in a cell as 表N-k right after their parent. Streams the zip and
/// the XML; never loads the OpenXML SDK DOM.
/// </summary>
public sealed class WordReader : IDocumentReader
{
    readonly ReaderLimits limits;

    public WordReader() : this(ReaderLimits.Default) { }

    public WordReader(ReaderLimits limits) => this.limits = limits;

    public SourceDocument Read(string path) => ReadErrors.Guard(OfficeKind.Word, () =>
    {
        using var package = OfficePackage.Open(path, OfficeKind.Word, limits);
        return new SourceDocument(path, WordDocumentParser.Parse(package, limits));
    });
}
