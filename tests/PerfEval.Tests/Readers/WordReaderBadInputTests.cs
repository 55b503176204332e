using System.Text;
using PerfEval.Readers;
using static PerfEval.Tests.Readers.BadFiles;

namespace PerfEval.Tests.Readers;

public sealed class WordReaderBadInputTests : IDisposable
{
    readonly TempFolder temp = new();
    readonly WordReader reader = new();

    public void Dispose() => temp.Dispose();

    string ValidDocx(string name = "ok.docx") =>
        TestDocx.Write(temp.File(name), TestDocx.Table(2, TestDocx.Row(TestDocx.Cell("项目名称"), TestDocx.Cell(new string('经', 3000)))));

    [Fact]
    public void MissingFile() => AssertUnreadable(reader, temp.File("nope.docx"), "找不到文件");

    [Fact]
    public void ZeroBytes() => AssertUnreadable(reader, temp.Bytes("empty.docx", Array.Empty<byte>()), "文件为空（0 字节）");

    [Fact]
    public void RandomBytes() => AssertUnreadable(reader, temp.Bytes("random.docx", BadFiles.RandomBytes(5000, 1)), "不是有效的 .docx 文件");

    [Fact]
    public void RtfRenamedToDocx() =>
        AssertUnreadable(reader, temp.Bytes("rtf.docx", Encoding.ASCII.GetBytes("{\\rtf1\\ansi hello}")), "RTF");

    [Fact]
    public void TruncatedZip()
    {
        var bytes = File.ReadAllBytes(ValidDocx());
        AssertUnreadable(reader, temp.Bytes("half.docx", bytes[..(bytes.Length / 2)]), "损坏或不完整");
    }

    [Fact]
    public void ZipWithoutDocumentPart() =>
        AssertUnreadable(reader, temp.Bytes("nodoc.docx", Zip(("hello.txt", "hi"))), "找不到 word/document.xml");

    [Fact]
    public void WorkbookNamedDocx_SaysItIsExcel() =>
        AssertUnreadable(reader, temp.Bytes("book.docx", Zip(("xl/workbook.xml", "<workbook/>"))), "Excel");

    [Fact]
    public void LegacyDoc() =>
        AssertUnreadable(reader, temp.Bytes("old.docx", Ole("WordDocument", "1Table")), "Word 97-2003 (.doc)");

    [Fact]
    public void LegacyXlsGivenToWordReader_NamesExcel() =>
        AssertUnreadable(reader, temp.Bytes("old.doc", Ole("Workbook")), "Excel 97-2003 (.xls)");

    [Fact]
    public void EncryptedOfficeFile() =>
        AssertUnreadable(reader, temp.Bytes("secret.docx", Ole("EncryptionInfo", "EncryptedPackage")), "文件已加密（设置了打开密码）");

    [Fact]
    public void DocumentWithDoctype()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" +
                  $"<w:document {TestDocx.Namespaces}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        AssertUnreadable(reader, TestDocx.WriteDocumentXml(temp.File("dtd.docx"), xml), "DTD");
    }

    [Fact]
    public void MalformedXml()
    {
        var xml = $"<w:document {TestDocx.Namespaces}><w:body><w:tbl><w:tr><w:tc><w:p></w:tc></w:tbl></w:body></w:document>";
        AssertUnreadable(reader, TestDocx.WriteDocumentXml(temp.File("bad.docx"), xml), "不是格式正确的 XML");
    }

    [Fact]
    public void WrongRootElement() =>
        AssertUnreadable(reader, TestDocx.WriteDocumentXml(temp.File("root.docx"), "<html><body/></html>"), "根元素");

    [Fact]
    public void DecompressionBomb_PartInflatesPastTheLimit()
    {
        var path = TestDocx.Write(temp.File("bomb.docx"), TestDocx.P(new string('a', 2 * 1024 * 1024)));
        var small = new WordReader(new ReaderLimits { MaxPartBytes = 1024 * 1024 });

        AssertUnreadable(small, path, "压缩炸弹");
        Assert.Empty(reader.Read(path).Grids);
    }

    [Fact]
    public void ZipHeaderUnderstatingItsSize_IsStillRefusedCleanly()
    {
        var body = TestDocx.Table(1, TestDocx.Row(TestDocx.Cell(new string('a', 300_000))));
        var bytes = File.ReadAllBytes(TestDocx.Write(temp.File("src.docx"), body));
        var path = temp.Bytes("lying.docx", LieAboutSizes(bytes, 100));

        Assert.Throws<UnreadableFileException>(() => reader.Read(path));
    }

    [Fact]
    public void TooManyCells_RefusedPastTheCap()
    {
        var rows = string.Concat(Enumerable.Range(0, 30).Select(_ => TestDocx.Row(TestDocx.Cell("a"), TestDocx.Cell("b"))));
        var path = TestDocx.Write(temp.File("cells.docx"), TestDocx.Table(2, rows));

        AssertUnreadable(new WordReader(new ReaderLimits { MaxCellsPerGrid = 50 }), path, "单元格数超过");
        Assert.Equal(30, reader.Read(path).Grids[0].Rows.Count);
    }

    [Fact]
    public void HugeGridSpan_RefusedInsteadOfAllocated()
    {
        var wide = TestDocx.Row(TestDocx.Cell("a", "<w:gridSpan w:val=\"2000000000\"/>"));
        var path = TestDocx.Write(temp.File("span.docx"), TestDocx.Table(1, wide, TestDocx.Row(TestDocx.Cell("b"))));

        AssertUnreadable(reader, path, "单元格数超过");
    }

    [Fact]
    public void DeeplyNestedWrappers_RefusedBeforeTheStackRunsOut()
    {
        const int depth = 100_000;
        var open = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth));
        var close = string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));
        var path = TestDocx.Write(temp.File("deep.docx"), open + TestDocx.Table(1, TestDocx.Row(TestDocx.Cell("x"))) + close);

        AssertUnreadable(reader, path, "嵌套超过");
    }

    [Fact]
    public void OneMegabyteCell_IsTruncatedToTheCap()
    {
        var text = "绩" + new string('x', 1024 * 1024);
        var path = TestDocx.Write(temp.File("big.docx"), TestDocx.Table(1, TestDocx.Row(TestDocx.Cell(text))));

        var cell = reader.Read(path).Grids[0].Rows[0].Cells[0].Text;

        Assert.Equal(ReaderLimits.DefaultMaxCellChars, cell.Length);
        Assert.StartsWith("绩xxx", cell);
    }
}
