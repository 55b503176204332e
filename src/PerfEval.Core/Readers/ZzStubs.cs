namespace PerfEval.Readers;
public sealed class WordReader : IDocumentReader { public PerfEval.Grid.SourceDocument Read(string path) => throw new UnreadableFileException("stub"); }
public sealed class XlsxReader : IDocumentReader { public PerfEval.Grid.SourceDocument Read(string path) => throw new UnreadableFileException("stub"); }
