using PerfEval.Grid;
using PerfEval.Readers;
using PerfEval.Readers.Legacy;

namespace PerfEval.Pipeline;

/// <summary>Which files perfeval takes, and which reader reads each.</summary>
public static class InputKinds
{
    public static readonly string[] Extensions = { ".docx", ".xlsx", ".doc", ".xls", ".wps", ".et" };

    public static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith("~$", StringComparison.Ordinal)) return false; // Office lock files
        return Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());
    }

    public static IDocumentReader ReaderFor(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".docx" => new WordReader(),
        ".xlsx" => Spreadsheet(),
        ".doc" or ".wps" => LegacyConversion.ToDocx(),
        ".xls" or ".et" => LegacyConversion.ToXlsx(),
        _ => new Refuse("不支持的文件类型（只支持 .docx 和 .xlsx）"),
    };

    static IDocumentReader Spreadsheet() => new XlsxReader();

    sealed class Refuse : IDocumentReader
    {
        readonly string _why;
        public Refuse(string why) => _why = why;
        public SourceDocument Read(string path) => throw new UnreadableFileException(_why);
    }
}
