using PerfEval.Findings;

namespace PerfEval.Rules;

/// <summary>The file cannot be opened as .docx/.xlsx. Raised by the pipeline, not by a form check.</summary>
public static class PE001
{
    public static RuleInfo Info { get; } = new("PE001", Severity.Error, "unreadable-file",
        "文件无法作为 .docx/.xlsx 打开（损坏、加密、截断、旧版 .doc/.xls 或不是 Office 文件）")
    {
        Title = "无法读取文件",
        English = "the file cannot be opened as .docx/.xlsx",
    };

    public static Finding Create(string reason) => new(Info.Code, Info.DefaultSeverity, "无法读取文件：" + reason);
}
