using System.Xml;

namespace PerfEval.Readers;

internal enum OfficeKind { Word, Excel }

/// <summary>
/// The Chinese messages of every way a file can fail to read, and the guard
/// that turns any exception into an UnreadableFileException (the readers
/// promise never to throw anything else).
/// </summary>
internal static class ReadErrors
{
    public static string Ext(this OfficeKind kind) => kind == OfficeKind.Word ? ".docx" : ".xlsx";
    static string App(this OfficeKind kind) => kind == OfficeKind.Word ? "Word" : "Excel";
    static string SaveAs(this OfficeKind kind) => $"用 {kind.App()} 打开后另存为 {kind.Ext()} 再提交";

    /// <summary>Runs a read and converts whatever escapes into an UnreadableFileException.</summary>
    public static T Guard<T>(OfficeKind kind, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (UnreadableFileException)
        {
            throw;
        }
        catch (InvalidDataException e)
        {
            throw CorruptZip(kind, e);
        }
        catch (XmlException e)
        {
            throw BadXml(kind, "文件内容", e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw NoAccess(e);
        }
        catch (Exception e)
        {
            throw Unexpected(kind, e);
        }
    }

    public static UnreadableFileException NotFound(string path) =>
        new($"找不到文件：{path}。请检查路径是否正确。");

    public static UnreadableFileException NoAccess(Exception e) =>
        new($"无法打开文件：没有读取权限或文件被其他程序独占（{e.Message}）。请关闭占用它的程序或检查权限后重试。", e);

    public static UnreadableFileException Empty() =>
        new("文件为空（0 字节），没有任何内容。请重新导出或重新提交完整的文件。");

    public static UnreadableFileException Encrypted(OfficeKind kind) =>
        new($"文件已加密（设置了打开密码），无法读取。请去除密码后另存为 {kind.Ext()} 再提交。");

    public static UnreadableFileException LegacyWord() =>
        new("这是旧版 Word 97-2003 (.doc) 文件，不是 .docx。请另存为 .docx；或把扩展名改为 .doc，perfeval 在装有 LibreOffice 时会自动转换。");

    public static UnreadableFileException LegacyExcel() =>
        new("这是旧版 Excel 97-2003 (.xls) 文件，不是 .xlsx。请另存为 .xlsx；或把扩展名改为 .xls，perfeval 在装有 LibreOffice 时会自动转换。");

    public static UnreadableFileException NotZip(OfficeKind kind, string? looksLike)
    {
        string what = looksLike is null ? "文件开头不是 zip 压缩包格式，可能是改了扩展名的其他文件或已损坏" : $"文件看起来是{looksLike}，只是扩展名为 {kind.Ext()}";
        return new($"不是有效的 {kind.Ext()} 文件：{what}。请{kind.SaveAs()}。");
    }

    public static UnreadableFileException CorruptZip(OfficeKind kind, Exception e) =>
        new($"文件已损坏或不完整：无法读取其 zip 压缩结构（可能下载或复制时被截断）。请重新获取原文件，或{kind.SaveAs()}。", e);

    public static UnreadableFileException CorruptPart(OfficeKind kind, string part, Exception e) =>
        new($"文件已损坏：压缩包中的 {part} 无法解压。请重新获取原文件，或{kind.SaveAs()}。", e);

    public static UnreadableFileException NoMainPart(OfficeKind kind, string expected, bool otherKind)
    {
        string hint = otherKind
            ? (kind == OfficeKind.Word ? "它看起来是 Excel 工作簿，请把扩展名改为 .xlsx。" : "它看起来是 Word 文档，请把扩展名改为 .docx。")
            : $"请{kind.SaveAs()}。";
        return new($"不是有效的 {kind.Ext()} 文件：压缩包中找不到 {expected}。{hint}");
    }

    public static UnreadableFileException MissingPart(OfficeKind kind, string part) =>
        new($"文件不完整：压缩包中缺少 {part}。请{kind.SaveAs()}。");

    public static UnreadableFileException WrongRoot(OfficeKind kind, string part, string root) =>
        new($"不是有效的 {kind.Ext()} 文件：{part} 的根元素是 <{root}>，不是{(kind == OfficeKind.Word ? " Word 文档正文" : " Excel 工作簿")}。请{kind.SaveAs()}。");

    public static UnreadableFileException TooLarge(string part, long limit) =>
        new($"文件异常：{part} 解压后超过 {limit / (1024 * 1024)} MiB 的上限，可能是压缩炸弹，已拒绝读取。请检查文件来源，或重新导出正常大小的文件。");

    public static UnreadableFileException TooManyCells(string grid, int limit) =>
        new($"文件异常：{grid} 的单元格数超过 {limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} 个的上限，已拒绝读取。请删除多余的行列（或远处的零散内容）后重新保存。");

    public static UnreadableFileException TooDeep() =>
        new($"文件异常：XML 元素嵌套超过 {ReaderLimits.MaxXmlDepth} 层，可能是恶意构造的文件，已拒绝读取。请检查文件来源，或重新导出后再提交。");

    public static UnreadableFileException BadXml(OfficeKind kind, string part, XmlException e) =>
        e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? new($"文件异常：{part} 含有 DTD（文档类型/外部实体声明），出于安全原因拒绝读取。正常的 Office 文件不含 DTD，请{kind.SaveAs()}。", e)
            : new($"文件已损坏：{part} 不是格式正确的 XML（第 {e.LineNumber} 行第 {e.LinePosition} 列：{e.Message}）。请{kind.SaveAs()}。", e);

    public static UnreadableFileException BadContent(OfficeKind kind, string part, string what) =>
        new($"文件已损坏：{part} 中{what}。请{kind.SaveAs()}。");

    public static UnreadableFileException Unexpected(OfficeKind kind, Exception e) =>
        new($"读取文件时出错（{e.GetType().Name}：{e.Message}）。请{kind.SaveAs()}，仍有问题请报告此文件。", e);
}
