using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PerfEval.Samples;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Hostile;

/// <summary>What checking one corpus file must give: a file-level rule, or the rules its one form must draw.</summary>
internal sealed record Expect(string? FileRule, string Phrase, string[]? FormRules = null, int Forms = 0);

/// <summary>One bad file: its name in the folder, how to make it, what perfeval must say about it.</summary>
internal sealed record BadFile(string Name, Action<string> Make, Expect Expect)
{
    public override string ToString() => Name;
}

/// <summary>
/// The bad-file corpus of issue 5, generated on the fly (never hand-placed
/// binaries): broken, disguised, crafted and oversized inputs, each with the
/// finding it must yield.
/// </summary>
internal static class Corpus
{
    public const string Secret = "PERFEVAL-SECRET-3f9a1c";

    /// <summary>A file outside the batch that a crafted entity points at; its text must never reach any output.</summary>
    public static string SecretFile(string dir)
    {
        var path = Path.Combine(dir, "secret.txt");
        if (!File.Exists(path))
            File.WriteAllText(path, Secret);
        return path;
    }

    static string Sample(string ext) => Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1" + ext);

    static readonly Lazy<IReadOnlyList<SeedForm>> Seed = new(SeedText.LoadDefault);

    /// <summary>Form 5 of the seed: clean, so anything it draws comes from what a case changed.</summary>
    public static SeedForm Form5() => Seed.Value[4].Clone();

    public static IReadOnlyList<BadFile> All(string secretDir) => new List<BadFile>(RoundTwo.All())
    {
        new("零字节.docx", p => File.WriteAllBytes(p, Array.Empty<byte>()), new("PE001", "文件为空")),
        new("random bytes.docx", p => File.WriteAllBytes(p, BadFiles.RandomBytes(20_000, 11)), new("PE001", "不是有效的 .docx 文件")),
        new("random.xlsx", p => File.WriteAllBytes(p, BadFiles.RandomBytes(20_000, 12)), new("PE001", "不是有效的 .xlsx 文件")),
        new("truncated.docx", p => File.WriteAllBytes(p, Half(Sample(".docx"))), new("PE001", "损坏或不完整")),
        new("truncated.xlsx", p => File.WriteAllBytes(p, Half(Sample(".xlsx"))), new("PE001", "损坏或不完整")),
        new("no-document.docx", p => File.WriteAllBytes(p, BadFiles.Zip(("[Content_Types].xml", "<Types/>"), ("docProps/app.xml", "<x/>"))),
            new("PE001", "找不到 word/document.xml")),
        new("malformed-document.docx", p => TestDocx.WriteDocumentXml(p, $"<w:document {TestDocx.Namespaces}><w:body><w:tbl><w:tr><w:tc><w:p></w:tc></w:body>"),
            new("PE001", "不是格式正确的 XML")),
        new("encrypted.docx", p => File.WriteAllBytes(p, Cfb.Encrypted()), new("PE001", "已加密")),
        new("encrypted.xlsx", p => File.WriteAllBytes(p, Cfb.Encrypted()), new("PE001", "已加密")),
        new("encrypted.doc", p => File.WriteAllBytes(p, Cfb.Encrypted()), new("PE001", "已加密")),
        new("legacy-word.docx", p => File.WriteAllBytes(p, Cfb.Build(("WordDocument", new byte[5000]), ("1Table", new byte[10]))),
            new("PE001", "Word 97-2003 (.doc)")),
        new("legacy-excel.xlsx", p => File.WriteAllBytes(p, Cfb.Build(("Workbook", new byte[5000]))), new("PE001", "Excel 97-2003 (.xls)")),
        new("garbage.doc", p => File.WriteAllBytes(p, BadFiles.RandomBytes(20_000, 13)), new("PE001", "不是有效的旧版 Word")),
        new("ole-garbage.xls", p => File.WriteAllBytes(p, OleGarbage()), new("PE001", "无法解析")),
        new("garbage.wps", p => File.WriteAllBytes(p, BadFiles.RandomBytes(3_000, 14)), new("PE001", "不是有效的旧版")),
        new("garbage.et", p => File.WriteAllText(p, "<html><body><table><tr><td>项目名称</td></tr></table></body></html>"),
            new("PE001", "网页（HTML）")),
        new("external-entity.docx", p => TestDocx.WriteDocumentXml(p, ExternalEntityDocument(SecretFile(secretDir))), new("PE001", "DTD")),
        new("external-entity.xlsx", p => ExternalEntityWorkbook(p, SecretFile(secretDir)), new("PE001", "DTD")),
        new("bomb.docx", p => Bomb(p, 300L * 1024 * 1024, lie: false), new("PE001", "压缩炸弹")),
        // .NET's zip reader stops at the size the header claims, so the lie only truncates the part.
        new("bomb-lying-header.docx", p => Bomb(p, 300L * 1024 * 1024, lie: true), new("PE001", "文件已损坏")),
        new("5000-rows.docx", p => FastDocx.Write(p, ManyRows(5000)), new(null, "", new[] { "PE210", "PE212", "PE301", "PE302" }, Forms: 1)), // recomputed at most 100, as stated
        new("nested-deep.docx", p => TestDocx.Write(p, Nested(400)), new("PE001", "嵌套超过")),
        new("nested-40.docx", p => TestDocx.Write(p, Nested(40)), new("PE002", "未找到")),
        new("1MB-cell.docx", p => FastDocx.Write(p, BigCell()), new(null, "", new[] { "PE210" }, Forms: 1)),
        new("all-cells-empty.docx", p => TestDocx.Write(p, EmptyTable(26, 9)), new("PE002", "未找到")),
        new("form-values-empty.docx", p => FastDocx.Write(p, ValuesBlanked()),
            new(null, "", new[] { "PE003", "PE003", "PE003", "PE003", "PE004", "PE303" }, Forms: 1)),
        new("odd-numbers.docx", p => FastDocx.Write(p, OddNumbers()), new(null, "", OddNumberRules, Forms: 1)),
        new("odd-numbers.xlsx", OddNumbersWorkbook, new(null, "", OddNumberRules, Forms: 1)),
        // A named pipe never ends (or never opens) when read: it must be refused by its size, unread.
        new("named-pipe.docx", MakeFifo, new("PE001", "不是普通文件")),
        new("named-pipe.doc", MakeFifo, new("PE001", "不是普通文件")),
    };

    public static void MakeFifo(string path)
    {
        using var p = System.Diagnostics.Process.Start("mkfifo", new[] { path });
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    /// <summary>
    /// 1e308, NaN and 5..0 are not numbers (PE005 each), so the budget is not recomputed; －5 is a
    /// full-width minus five, a number: a negative score (PE201) where 5人 of 5人 earns 12.5 (PE202),
    /// and the stated total 100 no longer adds up (PE302). The recomputed total is still 100: no PE304.
    /// </summary>
    public static readonly string[] OddNumberRules = { "PE005", "PE005", "PE005", "PE108", "PE201", "PE202", "PE302", "PE304" };

    /// <summary>Names a batch must cope with: spaces, Chinese, quotes, a leading dash.</summary>
    public static readonly string[] OddNames = { "-以减号开头.docx", "带 空格 的 文件.docx", "引号\"双\"与'单'.xlsx", "--output.xlsx" };

    static byte[] Half(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes[..(bytes.Length / 2)];
    }

    static byte[] OleGarbage()
    {
        var bytes = BadFiles.RandomBytes(20_000, 15);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    static string ExternalEntityDocument(string secret) =>
        $"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY s SYSTEM \"{new Uri(secret).AbsoluteUri}\">]>" +
        $"<w:document {TestDocx.Namespaces}><w:body>{TestDocx.Table(2, TestDocx.Row(TestDocx.Cell("项目名称"), TestDocx.CellXml("<w:p><w:r><w:t>&s;</w:t></w:r></w:p>")))}</w:body></w:document>";

    static void ExternalEntityWorkbook(string path, string secret)
    {
        var book = new TestXlsx();
        book.AddSheet("表1").Shared("A1", "项目名称").Shared("B1", "placeholder");
        book.Write(path);
        // The entity goes into the shared strings, where the project name would be read from.
        PatchPart(path, "xl/sharedStrings.xml", xml =>
            $"<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY s SYSTEM \"{new Uri(secret).AbsoluteUri}\">]>" + xml.Replace("placeholder", "&s;"));
    }

    /// <summary>A .docx whose document.xml inflates to <paramref name="size"/> bytes, written streaming: never held in memory.</summary>
    public static void Bomb(string path, long size, bool lie)
    {
        using (var file = new FileStream(path, FileMode.CreateNew))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            Put(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var head = Encoding.UTF8.GetBytes($"<w:document {TestDocx.Namespaces}><w:body><w:p><w:r><w:t>");
            stream.Write(head);
            var zeros = Enumerable.Repeat((byte)'0', 1 << 20).ToArray();
            for (long written = head.Length; written < size; written += zeros.Length)
                stream.Write(zeros);
            stream.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        if (lie)
            File.WriteAllBytes(path, BadFiles.LieAboutSizes(File.ReadAllBytes(path), 4096));
    }

    static void Put(ZipArchive zip, string name, string content)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>Form 5 with 5000 more indicators of weight 5: the weights (PE301), the stated total (PE302) and the recomputed one (PE304) are off.</summary>
    static SeedForm ManyRows(int extra)
    {
        var form = Form5();
        var row = form.Rows[16];
        form.Rows.InsertRange(17, Enumerable.Range(0, extra).Select(i => row.Select(c => c.Replace("指标2", $"指标{i + 4}")).ToList()));
        return form;
    }

    static string Nested(int depth)
    {
        var open = string.Concat(Enumerable.Repeat("<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc><w:p/>", depth));
        var close = string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", depth));
        return open + close + "<w:p/>";
    }

    static SeedForm BigCell()
    {
        var form = Form5();
        form.Rows[23][^1] = "积极参加线上交流活动" + new string('经', 1024 * 1024);
        return form;
    }

    static string EmptyTable(int rows, int cols) =>
        TestDocx.Table(cols, Enumerable.Range(0, rows).Select(_ => TestDocx.Row(Enumerable.Range(0, cols).Select(_ => TestDocx.CellXml("<w:p/>")).ToArray())).ToArray());

    /// <summary>The labels of form 5 kept, every value removed: header fields, amounts, indicators, total.</summary>
    static SeedForm ValuesBlanked()
    {
        var form = Form5();
        var r = form.Rows;
        r[0][1] = "";
        r[1][1] = r[1][3] = "";
        form.YearLine = "填列单位（公章）： （    年度）";
        for (int i = 3; i <= 6; i++)
            for (int c = 2; c < r[i].Count; c++) r[i][c] = "";
        r[8][1] = r[8][2] = "";
        for (int i = 10; i <= 17; i++)
            for (int c = 3; c < r[i].Count; c++) r[i][c] = "";
        for (int c = 1; c < r[18].Count; c++) r[18][c] = c == 1 ? "100" : "";
        for (int i = 19; i <= 25; i++) r[i][^1] = "";
        return form;
    }

    static SeedForm OddNumbers()
    {
        var form = Form5();
        form.Rows[3][2] = "1e308";   // 年初预算数
        form.Rows[3][3] = "NaN";     // 全年预算数
        form.Rows[3][4] = "5..0";    // 全年执行数
        form.Rows[10][7] = "－5";    // 得分 of the first indicator
        return form;
    }

    /// <summary>The same values as a workbook stores them: 1E+308 and NaN as numeric cells, the others as text.</summary>
    static void OddNumbersWorkbook(string path)
    {
        XlsxSampleWriter.Write(new[] { Form5() }, path);
        // Form row 4 (年度资金总额) is sheet row 6; form row 11 (first indicator) is sheet row 13.
        PatchPart(path, "xl/worksheets/sheet1.xml", xml =>
        {
            xml = SetCell(xml, "D6", "<v>1E+308</v>", null);
            xml = SetCell(xml, "E6", "<v>NaN</v>", null);
            xml = SetCell(xml, "F6", "<is><t>5..0</t></is>", "inlineStr");
            return SetCell(xml, "H13", "<is><t>－5</t></is>", "inlineStr");
        });
    }

    public static string SetCell(string xml, string address, string content, string? type)
    {
        var cell = new Regex($"<(\\w+:)?c r=\"{address}\"([^>]*?)(/>|>.*?</(\\w+:)?c>)", RegexOptions.Singleline);
        var m = cell.Match(xml);
        if (!m.Success)
            throw new InvalidOperationException($"cell {address} not in the sheet");
        var prefix = m.Groups[1].Value;
        var attributes = Regex.Replace(m.Groups[2].Value, " t=\"[^\"]*\"", "") + (type is null ? "" : $" t=\"{type}\"");
        var ns = prefix.Length == 0 ? content : Regex.Replace(content, "<(/?)(\\w)", $"<$1{prefix}$2");
        return xml[..m.Index] + $"<{prefix}c r=\"{address}\"{attributes}>{ns}</{prefix}c>" + xml[(m.Index + m.Length)..];
    }

    public static void PatchPart(string path, string part, Func<string, string> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part) ?? throw new InvalidOperationException($"{part} not in {path}");
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            xml = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
        writer.Write(change(xml));
    }
}
