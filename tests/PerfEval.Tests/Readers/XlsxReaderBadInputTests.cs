using PerfEval.Readers;
using static PerfEval.Tests.Readers.BadFiles;

namespace PerfEval.Tests.Readers;

public sealed class XlsxReaderBadInputTests : IDisposable
{
    readonly TempFolder temp = new();
    readonly XlsxReader reader = new();

    public void Dispose() => temp.Dispose();

    string Book(string name, Action<TestXlsx.Sheet> fill)
    {
        var book = new TestXlsx();
        fill(book.AddSheet("S"));
        return book.Write(temp.File(name));
    }

    [Fact]
    public void ZeroBytes() => AssertUnreadable(reader, temp.Bytes("empty.xlsx", Array.Empty<byte>()), "文件为空（0 字节）");

    [Fact]
    public void RandomBytes() => AssertUnreadable(reader, temp.Bytes("random.xlsx", BadFiles.RandomBytes(4000, 7)), "不是有效的 .xlsx 文件");

    [Fact]
    public void TruncatedZip()
    {
        var bytes = File.ReadAllBytes(Book("ok.xlsx", s => s.Shared("A1", new string('表', 5000))));
        AssertUnreadable(reader, temp.Bytes("half.xlsx", bytes[..(bytes.Length / 2)]), "损坏或不完整");
    }

    [Fact]
    public void LegacyXls() => AssertUnreadable(reader, temp.Bytes("old.xlsx", Ole("Workbook", "SummaryInformation")), "Excel 97-2003 (.xls)");

    [Fact]
    public void EncryptedWorkbook()
    {
        var e = AssertUnreadable(reader, temp.Bytes("secret.xlsx", Ole("EncryptionInfo", "EncryptedPackage")), "文件已加密");
        Assert.Contains(".xlsx", e.Message);
    }

    [Fact]
    public void ZipWithoutWorkbook() =>
        AssertUnreadable(reader, temp.Bytes("none.xlsx", Zip(("readme.txt", "x"))), "找不到 xl/workbook.xml");

    [Fact]
    public void DocxNamedXlsx_SaysItIsWord()
    {
        var path = TestDocx.Write(temp.File("doc.xlsx"), TestDocx.P("项目支出绩效自评表"));
        AssertUnreadable(reader, path, "Word");
    }

    [Fact]
    public void SheetWithDoctype()
    {
        // A bare zip without _rels/.rels: the workbook is found by its default name, then the sheet is refused.
        var bytes = Zip(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", $"<workbook xmlns=\"{TestXlsx.Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", $"<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><worksheet xmlns=\"{TestXlsx.Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"));

        AssertUnreadable(reader, temp.Bytes("dtd2.xlsx", bytes), "DTD");
    }

    [Fact]
    public void DecompressionBomb_SheetInflatesPastTheLimit()
    {
        var path = Book("bomb.xlsx", s => s.Inline("A1", new string('0', 2 * 1024 * 1024)));

        AssertUnreadable(new XlsxReader(new ReaderLimits { MaxPartBytes = 1024 * 1024 }), path, "压缩炸弹");
    }

    [Fact]
    public void SharedStringIndexOutOfRange() =>
        AssertUnreadable(reader, Book("sst.xlsx", s => s.Raw("A1", "t=\"s\"", "<v>99</v>")), "共享字符串编号 99 不存在");

    [Fact]
    public void FarAwayCell_RefusedPastTheCellCap() =>
        AssertUnreadable(reader, Book("far.xlsx", s => s.Shared("A1", "项目名称").Number("XFD1048576", "1")), "单元格数超过");

    [Fact]
    public void HugeMerge_RefusedPastTheCellCap() =>
        AssertUnreadable(reader, Book("merge.xlsx", s => s.Shared("A1", "x").Merge("A1:Z100000")), "合并单元格覆盖的单元格总数超过");

    [Fact]
    public void InvalidCellAddress() =>
        AssertUnreadable(reader, Book("addr.xlsx", s => s.SheetData("<row r=\"1\"><c r=\"11\"><v>1</v></c></row>")), "单元格地址 11 无效");

    [Fact]
    public void OneMegabyteCell_IsTruncatedToTheCap()
    {
        var path = Book("big.xlsx", s => s.Inline("A1", "绩" + new string('x', 1024 * 1024)));

        var text = reader.Read(path).Grids[0].Rows[0].Cells[0].Text;

        Assert.Equal(ReaderLimits.DefaultMaxCellChars, text.Length);
        Assert.StartsWith("绩x", text);
    }
}
