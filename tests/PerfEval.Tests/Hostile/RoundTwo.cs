using System.IO.Compression;
using System.Text;
using PerfEval.Samples;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// The bad files of issue 13 (hostile input, round two), one per row of its
/// table that a single file can show; they join the corpus, so each is
/// checked alone (bounded time and memory) and in the batch with the seed.
/// </summary>
internal static class RoundTwo
{
    public static IEnumerable<BadFile> All() => new[]
    {
        // 全年预算数 1E-27 and 全年执行数 7.9E28 in the second of three forms: the quotient overflowed decimal.
        new BadFile("overflow.xlsx", Overflow, new(null, "", OverflowRules, Forms: 3)),
        new BadFile("overlapping-merges.xlsx", p => Merges(p, 3000, "A1:ALL1000"), new("PE001", "合并单元格覆盖的单元格总数超过")),
        new BadFile("shared-string-fan-out.xlsx", p => SharedFanOut(p, 10_000, 100_000), new("PE001", "文字总量超过")),
        new BadFile("shared-string-million.xlsx", p => SharedFanOut(p, 1_000_000, 100_000), new("PE001", "文字总量超过")),
        new BadFile("huge-spans.docx", p => TestDocx.Write(p, Spans(100, 1_000_000)), new("PE001", "单元格总数超过每个文件")),
        new BadFile("far-cells.xlsx", p => FarCells(p, 100, "ALL1000"), new("PE001", "单元格总数超过每个文件")),
        new BadFile("link-to-fifo.docx", LinkToFifo, new("PE001", "不是普通文件")),
        new BadFile("absolute-merges.xlsx", AbsoluteMerges, new(null, "", new[] { "PE210" }, Forms: 1)), // form 5 copies its targets (PE210), as in Corpus
        new BadFile("control-characters.xlsx", p => FastXlsx.Write(p, ControlCharacters()), new(null, "", new[] { "PE210" }, Forms: 1)),
        // A file name holding ESC, BEL, a newline (a forged report line) and U+202E: checked as any other, shown escaped.
        new BadFile(HostileName, p => FastDocx.Write(p, Corpus.Form5()), new(null, "", new[] { "PE210" }, Forms: 1)),
        // fix --docx used to stop the batch on it (KeyNotFoundException); check reads it as any .docx.
        new BadFile("no-content-types.docx", NoContentTypes, new(null, "", new[] { "PE210" }, Forms: 1)),
        // 12 M characters (38 MB) in one paragraph after the form: check keeps the first 100,000 and goes on.
        new BadFile("long-text.docx", LongText, new(null, "", new[] { "PE210" }, Forms: 1)),
    };

    /// <summary>A file name no terminal should see raw: ESC [2J (clear screen), BEL, a newline, a right-to-left override.</summary>
    public const string HostileName = "名称\u001b[2J\u0007\n\u202e.docx";

    static void NoContentTypes(string path)
    {
        FastDocx.Write(path, Corpus.Form5());
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry("[Content_Types].xml")!.Delete();
    }

    public static void LongText(string path)
    {
        FastDocx.Write(path, Corpus.Form5());
        Corpus.PatchPart(path, "word/document.xml", xml => xml.Replace("<w:p/></w:body>",
            $"<w:p><w:r><w:t>{new string('经', 12 << 20)}</w:t></w:r></w:p></w:body>"));
    }

    /// <summary>The two out-of-range amounts (PE005 each); the budget is then not recomputed, as with any unreadable amount. Each copy of form 5 copies its targets (PE210).</summary>
    public static readonly string[] OverflowRules = { "PE005", "PE005", "PE210", "PE210", "PE210" };

    /// <summary>Every character issue 13 names: ESC (a screen clear, a title), BEL, NUL, BS, U+202E, a C1 CSI, DEL.</summary>
    public const string Hostile = "\u001b[2J\u001b]0;标题\u0007\0\b\u202e\u009b\u007f";

    /// <summary>
    /// Hostile as a workbook stores it: XML cannot hold C0 characters, so Excel writes them as
    /// _xHHHH_ escapes, which the reader decodes; U+202E, C1 and DEL are legal XML as they are.
    /// </summary>
    public static string InWorkbook(string text) => string.Concat(text.Select(c =>
        c < '\u0020' ? $"_x{(int)c:X4}_" : c.ToString()));

    static void Overflow(string path)
    {
        XlsxSampleWriter.Write(new[] { Corpus.Form5(), Corpus.Form5(), Corpus.Form5() }, path);
        // Form row 4 (年度资金总额) is sheet row 6: E the 全年预算数, F the 全年执行数.
        Corpus.PatchPart(path, "xl/worksheets/sheet2.xml", xml =>
            Corpus.SetCell(Corpus.SetCell(xml, "E6", "<v>1E-27</v>", null), "F6", "<v>7.9E28</v>", null));
    }

    public static void Merges(string path, int count, string range)
    {
        var book = new TestXlsx();
        var sheet = book.AddSheet("表1").Inline("A1", "项目名称");
        for (int i = 0; i < count; i++) sheet.Merge(range);
        book.Write(path);
    }

    /// <summary><paramref name="cells"/> cells all showing one shared string of <paramref name="length"/> characters.</summary>
    public static void SharedFanOut(string path, int cells, int length)
    {
        var book = new TestXlsx();
        book.RawSharedItems.Add($"<si><t>{new string('项', length)}</t></si>");
        const int width = 1000;
        var rows = new StringBuilder();
        for (int r = 0; r * width < cells; r++)
        {
            rows.Append("<row>");
            for (int c = 0; c < Math.Min(width, cells - r * width); c++) rows.Append("<c t=\"s\"><v>0</v></c>");
            rows.Append("</row>");
        }
        book.AddSheet("表1").SheetData(rows.ToString());
        book.Write(path);
    }

    public static string Spans(int tables, int span) => string.Concat(Enumerable.Repeat(
        TestDocx.Table(1, TestDocx.Row(TestDocx.Cell("x", TestDocx.Span(span)))) + "<w:p/>", tables));

    public static void FarCells(string path, int sheets, string address)
    {
        var book = new TestXlsx();
        for (int i = 0; i < sheets; i++) book.AddSheet($"S{i + 1}").Inline(address, "x");
        book.Write(path);
    }

    static void LinkToFifo(string path)
    {
        var fifo = path + ".fifo";
        Corpus.MakeFifo(fifo);
        File.CreateSymbolicLink(path, Path.GetFileName(fifo));
    }

    /// <summary>Form 5 with every merged range written with $ (Excel writes $A$1:$B$2 now and then).</summary>
    static void AbsoluteMerges(string path)
    {
        FastXlsx.Write(path, Corpus.Form5());
        Corpus.PatchPart(path, "xl/worksheets/sheet1.xml", xml => System.Text.RegularExpressions.Regex.Replace(
            xml, "ref=\"([A-Z]+)(\\d+):([A-Z]+)(\\d+)\"", "ref=\"$$$1$$$2:$$$3$$$4\""));
    }

    /// <summary>Form 5 (for a workbook) whose project name holds ESC, BEL, NUL, BS, U+202E, a C1 CSI and DEL.</summary>
    public static SeedForm ControlCharacters()
    {
        var form = Corpus.Form5();
        form.Rows[0][1] = "外事" + InWorkbook(Hostile) + "宣传";
        return form;
    }
}
