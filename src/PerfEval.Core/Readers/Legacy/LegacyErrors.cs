namespace PerfEval.Readers.Legacy;

internal enum LegacyKind { Word, Excel }

/// <summary>The Chinese messages of the native legacy readers; each says what is wrong and what to do.</summary>
internal static class LegacyErrors
{
    public static string What(this LegacyKind kind) =>
        kind == LegacyKind.Word ? "旧版 Word/WPS 文字文件（.doc/.wps）" : "旧版 Excel/WPS 表格文件（.xls/.et）";

    public static string SaveAs(this LegacyKind kind) =>
        kind == LegacyKind.Word ? "请用 Word 或 WPS 文字打开后另存为 .docx 再提交" : "请用 Excel 或 WPS 表格打开后另存为 .xlsx 再提交";

    public static UnreadableFileException BadCompound(string what) =>
        new($"文件已损坏：OLE 复合文档结构无法解析（{what}）。请重新获取原文件，或用办公软件打开后另存为 .docx/.xlsx 再提交。");

    public static UnreadableFileException NoBody(LegacyKind kind) =>
        new($"不是有效的{kind.What()}：OLE 复合文档中没有{(kind == LegacyKind.Word ? " Word 正文（WordDocument）" : " Excel 工作簿（Workbook）")}数据流。{kind.SaveAs()}。");

    // The library's own messages say what it found; the runtime's (an index out of range deep inside it) say nothing to a user.
    public static UnreadableFileException BadWorkbook(Exception e) =>
        new($"文件已损坏：Excel 97-2003 工作簿的内容无法解析（{(e.GetType().Namespace?.StartsWith("ExcelDataReader", StringComparison.Ordinal) == true ? e.Message : "记录被截断或长度不符")}）。{LegacyKind.Excel.SaveAs()}。", e);

    public static UnreadableFileException BadDocument(string what) =>
        new($"文件已损坏：Word 97-2003 文档的{what}。{LegacyKind.Word.SaveAs()}。");

    public static UnreadableFileException TooLarge(LegacyKind kind, long limit) =>
        new($"文件异常：大小超过 {limit / (1024 * 1024)} MiB 的上限，已拒绝读取。{kind.SaveAs()}（或删除多余内容）后再检查。");
}
