using System.Buffers.Binary;
using System.Diagnostics;
using PerfEval.Readers;
using PerfEval.Readers.Legacy;
using PerfEval.Tests.Hostile;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Legacy;

/// <summary>
/// Crafted compound files and Word streams: sector chains that loop, FAT and
/// DIFAT entries out of range, piece tables pointing outside the stream,
/// absurd sizes. Each is a PE001 naming what is wrong, at once.
/// </summary>
public sealed class LegacyHostileTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A minimal Word 97 FIB (nFib 0x00C1) with a CLX at the given place in the table stream.</summary>
    static byte[] Fib(int ccpText, uint fcClx, uint lcbClx)
    {
        var w = new byte[4096];
        TestDoc.Fib(w, ccpText);
        TestDoc.Pair(w, 33, fcClx, lcbClx);
        return w;
    }

    static byte[] Clx(uint cpEnd, uint fc)
    {
        var c = new byte[1 + 4 + 8 + 8];
        c[0] = 2;
        BinaryPrimitives.WriteUInt32LittleEndian(c.AsSpan(1), 16);
        BinaryPrimitives.WriteUInt32LittleEndian(c.AsSpan(5 + 4), cpEnd);
        BinaryPrimitives.WriteUInt32LittleEndian(c.AsSpan(5 + 8 + 2), fc);
        return c;
    }

    string Doc(byte[] file) => _dir.Bytes(Guid.NewGuid().ToString("N") + ".doc", file);

    static string Refused(IDocumentReader reader, string path)
    {
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<UnreadableFileException>(() => reader.Read(path));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        return e.Message;
    }

    [Fact]
    public void A_piece_table_pointing_outside_the_stream_is_PE001()
    {
        var table = new byte[600];
        Clx(100, 0x3000_0000).CopyTo(table, 0);
        var path = Doc(Cfb.Build(("WordDocument", Fib(100, 0, 21)), ("1Table", table)));
        Assert.Contains("片段表指向文档数据流之外", Refused(new DocReader(), path));
    }

    [Fact]
    public void A_clx_outside_the_table_stream_is_PE001()
    {
        var path = Doc(Cfb.Build(("WordDocument", Fib(100, 0x7FFF_0000, 21)), ("1Table", new byte[600])));
        Assert.Contains("片段表（CLX）指向数据流之外", Refused(new DocReader(), path));
    }

    [Fact]
    public void A_main_text_longer_than_the_stream_is_PE001()
    {
        var table = new byte[600];
        Clx(int.MaxValue, 0).CopyTo(table, 0);
        var path = Doc(Cfb.Build(("WordDocument", Fib(int.MaxValue, 0, 21)), ("1Table", table)));
        Assert.Contains("正文长度", Refused(new DocReader(), path));
    }

    [Fact]
    public void An_encrypted_doc_is_PE001_saying_so()
    {
        var fib = Fib(10, 0, 21);
        fib[11] |= 0x01; // fEncrypted
        var path = Doc(Cfb.Build(("WordDocument", fib), ("1Table", new byte[600])));
        Assert.Contains("已加密", Refused(new DocReader(), path));
    }

    [Fact]
    public void A_word6_doc_is_left_to_LibreOffice()
    {
        var fib = Fib(10, 0, 21);
        fib[2] = 101;
        fib[3] = 0;
        var path = Doc(Cfb.Build(("WordDocument", fib), ("1Table", new byte[600])));
        var e = Assert.Throws<UnsupportedLegacyException>(() => new DocReader().Read(path));
        Assert.Contains("Word 6.0/95", e.Reason);
        var noSoffice = new LegacyConversion(LegacyTarget.Docx) { Soffice = null };
        var pe001 = Assert.Throws<UnreadableFileException>(() => noSoffice.Read(path)).Message;
        Assert.Contains("Word 6.0/95", pe001);
        Assert.Contains("LibreOffice", pe001);
    }

    /// <summary>The sector of the first directory entry's stream: the first stream's chain starts after FAT and directory.</summary>
    static byte[] Patched(Action<byte[]> patch)
    {
        var file = Cfb.Build(("WordDocument", Fib(10, 0, 21)), ("1Table", new byte[600]));
        patch(file);
        return file;
    }

    static uint FatEntry(byte[] file, int sector) => BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(512 + 4 * sector));

    [Fact]
    public void A_sector_chain_that_loops_is_PE001()
    {
        // The directory's sector points back at itself in the FAT.
        var path = Doc(Patched(f =>
        {
            int dir = (int)BinaryPrimitives.ReadUInt32LittleEndian(f.AsSpan(48));
            BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(512 + 4 * dir), (uint)dir);
        }));
        Assert.Contains("扇区链循环", Refused(new DocReader(), path));
        Assert.Contains("扇区链循环", Refused(new XlsReader(), path));
    }

    [Fact]
    public void A_fat_entry_out_of_range_is_PE001()
    {
        var path = Doc(Patched(f =>
        {
            int dir = (int)BinaryPrimitives.ReadUInt32LittleEndian(f.AsSpan(48));
            Assert.NotEqual(0u, FatEntry(f, dir));
            // The WordDocument stream's first sector (after the directory) now points far past the end.
            int first = (int)BinaryPrimitives.ReadUInt32LittleEndian(f.AsSpan(512 * (dir + 1) + 128 + 116));
            BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(512 + 4 * first), 0x00FF_FFFF);
        }));
        Assert.Contains("超出文件范围", Refused(new DocReader(), path));
    }

    [Fact]
    public void A_fat_sector_number_out_of_range_in_the_difat_is_PE001()
    {
        var path = Doc(Patched(f => BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(76), 0x0100_0000)));
        Assert.Contains("FAT 扇区", Refused(new DocReader(), path));
    }

    [Fact]
    public void A_difat_chain_that_loops_is_PE001()
    {
        var path = Doc(Patched(f =>
        {
            // Claim 200 FAT sectors: the DIFAT chain must supply 91 more, and its one sector points at itself.
            BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(44), 200);
            int last = f.Length / 512 - 2;
            BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(68), (uint)last);
            for (int i = 0; i < 127; i++)
                BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(512 * (last + 1) + 4 * i), 0xFFFFFFFF);
            BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(512 * (last + 1) + 508), (uint)last);
        }));
        var message = Refused(new DocReader(), path);
        Assert.True(message.Contains("DIFAT") || message.Contains("FAT 扇区数"), message);
    }

    [Fact]
    public void A_stream_claiming_more_than_the_file_is_PE001()
    {
        var path = Doc(Patched(f =>
        {
            int dir = (int)BinaryPrimitives.ReadUInt32LittleEndian(f.AsSpan(48));
            BinaryPrimitives.WriteUInt32LittleEndian(f.AsSpan(512 * (dir + 1) + 128 + 120), 0x7000_0000);
        }));
        Assert.Contains("超过", Refused(new DocReader(), path));
    }

    [Fact]
    public void Absurd_cell_counts_are_PE001_within_the_limit()
    {
        // A real .doc table read under a limit of 10 cells: refused as the cells are read, not after.
        var seedDoc = Directory.EnumerateFiles(_dir.Path).FirstOrDefault();
        var limits = new ReaderLimits { MaxCellsPerGrid = 10 };
        var path = _dir.Bytes("cells.doc", LegacyCells());
        Assert.Contains("单元格数超过", Refused(new DocReader(limits), path));
    }

    /// <summary>A Word stream whose text is 30 cell marks in one table row (no row end), all in-table paragraphs.</summary>
    static byte[] LegacyCells()
    {
        const int cells = 30, textAt = 1024;
        var word = Fib(cells, 0, 21);
        Array.Resize(ref word, 8192);
        for (int i = 0; i < cells; i++)
            word[textAt + i] = 0x07;
        // One PAPX page at page 4 (offset 2048): one run covering the text, sprmPFInTable = 1.
        int page = 2048;
        BinaryPrimitives.WriteUInt32LittleEndian(word.AsSpan(page), textAt);
        BinaryPrimitives.WriteUInt32LittleEndian(word.AsSpan(page + 4), textAt + cells);
        word[page + 8] = 100; // bOffset: papx at byte 200
        word[page + 200] = 3; // cb: 2*3-1 = 5 bytes: istd (2) + sprm (2) + operand (1)
        BinaryPrimitives.WriteUInt16LittleEndian(word.AsSpan(page + 203), 0x2416);
        word[page + 205] = 1;
        word[page + 511] = 1;
        var table = new byte[600];
        var clx = Clx(cells, 0x4000_0000 | (textAt * 2));
        clx.CopyTo(table, 0);
        // PlcBtePapx at 100: fcs [textAt, textAt+cells], pn 4.
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(100), textAt);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(104), textAt + cells);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(108), 4);
        int blob = 36 + 22 * 4 + 2;
        BinaryPrimitives.WriteUInt32LittleEndian(word.AsSpan(blob + 13 * 8), 100);
        BinaryPrimitives.WriteUInt32LittleEndian(word.AsSpan(blob + 13 * 8 + 4), 12);
        BinaryPrimitives.WriteUInt32LittleEndian(word.AsSpan(blob + 12 * 8), 100);
        BinaryPrimitives.WriteUInt32LittleEndian(word.AsSpan(blob + 12 * 8 + 4), 12);
        return Cfb.Build(("WordDocument", word), ("1Table", table));
    }
}
