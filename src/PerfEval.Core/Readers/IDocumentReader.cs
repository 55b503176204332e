using PerfEval.Grid;

namespace PerfEval.Readers;

public interface IDocumentReader
{
    /// <summary>Reads the file into grids. Throws UnreadableFileException, never anything else, on bad input.</summary>
    SourceDocument Read(string path);
}
