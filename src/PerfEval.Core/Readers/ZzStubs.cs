namespace PerfEval.Readers;

// Stand-in until the Excel reader lands.
public sealed class XlsxReader : IDocumentReader { public PerfEval.Grid.SourceDocument Read(string path) => throw new UnreadableFileException("暂不支持 .xlsx"); }
