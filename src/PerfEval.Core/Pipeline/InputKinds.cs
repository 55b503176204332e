using PerfEval.Grid;
using PerfEval.Readers;

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
        ".doc" or ".wps" => new Refuse("这是旧版 Word/WPS 文字文件（.doc/.wps），请另存为 .docx 后再检查，或安装 LibreOffice 以自动转换"),
        ".xls" or ".et" => new Refuse("这是旧版 Excel/WPS 表格文件（.xls/.et），请另存为 .xlsx 后再检查，或安装 LibreOffice 以自动转换"),
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
