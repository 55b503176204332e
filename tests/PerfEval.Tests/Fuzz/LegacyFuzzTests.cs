using System.Buffers.Binary;
using CsCheck;
using PerfEval.Pipeline;
using PerfEval.Readers;
using PerfEval.Readers.Legacy;
using PerfEval.Recognition;
using PerfEval.Tests.Hostile;
using PerfEval.Tests.Legacy;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.Fuzz;

/// <summary>
/// The native legacy readers fuzzed (issue 16): real .doc/.xls files made
/// by LibreOffice from the seed, and small ones written byte by byte, with
/// the shapes an attacker would try — sector chains that loop, FAT and
/// DIFAT entries out of range, directory entries pointing anywhere, piece
/// tables pointing outside the stream, absurd cell counts, BIFF records cut
/// short or lying about their length. Each may only be a PE001 (or the
/// documented fallback to LibreOffice, turned off here), within the case
/// limit, and whatever is read must check without an internal error.
/// </summary>
[Trait("Category", "Fuzz")]
[Collection("legacy seed")]
public sealed class LegacyFuzzTests : IDisposable
{
    static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(30);

    readonly TempFolder _dir = new();
    readonly byte[] _doc, _xls, _small;

    public LegacyFuzzTests(LegacySeed seed)
    {
        _doc = File.ReadAllBytes(seed.Doc);
        _xls = File.ReadAllBytes(seed.Xls);
        _small = new TestDoc()
            .Para("项目名称\r")
            .Para("甲\x07", 0, TestDoc.On(TestDoc.PFInTable)).Para("乙\x07", 0, TestDoc.On(TestDoc.PFInTable))
            .Para("\x07", 0, TestDoc.RowEnd(1000, 1000))
            .Para("\r").Build();
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>Values a crafted sector number or length takes: the special markers, the edges, a loop back, anything.</summary>
    static readonly Gen<uint> Sector = Gen.OneOf(
        Gen.Const(0u), Gen.Const(1u), Gen.Const(2u), Gen.Const(0xFFFFFFFEu), Gen.Const(0xFFFFFFFDu), Gen.Const(0xFFFFFFFCu), Gen.Const(0xFFFFFFFFu),
        Gen.Const(0xFFFFFFFAu), Gen.Const(0x7FFFFFFFu), Gen.UInt[0, 64], Gen.UInt);

    /// <summary>Where a compound file keeps its chains: header fields, DIFAT, the first FAT sector, directory entries.</summary>
    static int[] CfbFields(byte[] file)
    {
        var fields = new List<int> { 44, 48, 56, 60, 64, 68, 72 };
        fields.AddRange(Enumerable.Range(0, 8).Select(i => 76 + 4 * i));
        uint fat0 = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(76));
        if ((fat0 + 2L) * 512 <= file.Length)
            fields.AddRange(Enumerable.Range(0, 128).Select(i => (int)(fat0 + 1) * 512 + 4 * i));
        uint dir = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(48));
        if ((dir + 2L) * 512 <= file.Length)
            foreach (int entry in Enumerable.Range(0, 4))
                foreach (int field in new[] { 68, 72, 76, 116, 120, 124 })
                    fields.Add((int)(dir + 1) * 512 + 128 * entry + field);
        return fields.ToArray();
    }

    static byte[] Poke(byte[] file, IEnumerable<(int Field, uint Value)> pokes, int[] fields)
    {
        var copy = (byte[])file.Clone();
        foreach (var (field, value) in pokes)
            BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(fields[field % fields.Length]), value);
        return copy;
    }

    [Fact]
    public void Compound_file_chains_and_directories_poked()
    {
        var bases = new[] { (_doc, ".doc"), (_xls, ".xls"), (_small, ".doc") };
        var fields = bases.Select(b => CfbFields(b.Item1)).ToArray();
        Gen.Select(Gen.Int[0, bases.Length - 1], Gen.Select(Gen.Int[0, 10_000], Sector).Array[1, 4]).Sample((which, pokes) =>
        {
            Verdict(Poke(bases[which].Item1, pokes, fields[which]), bases[which].Item2);
        }, time: FuzzTime.Seconds(2), threads: FuzzTime.Threads);
    }

    [Fact]
    public void Legacy_bytes_mutated()
    {
        var bases = new[] { (_doc, ".doc"), (_xls, ".xls"), (_small, ".doc") };
        Gen.Select(Gen.Int[0, bases.Length - 1], Mutations.Edits).Sample((which, edits) =>
        {
            Verdict(Mutations.Apply(bases[which].Item1, edits), bases[which].Item2);
        }, time: FuzzTime.Seconds(2), threads: FuzzTime.Threads);
    }

    /// <summary>The offset of the Word stream's FIB in the file: the sector that starts with its magic number.</summary>
    static int FibAt(byte[] doc)
    {
        for (int at = 512; at + 4 <= doc.Length; at += 512)
            if (doc[at] == 0xEC && doc[at + 1] == 0xA5 && (doc[at + 2] | doc[at + 3] << 8) is >= 0xC1 and < 0x200)
                return at;
        throw new InvalidOperationException("no Word 97 FIB in the file");
    }

    [Fact]
    public void Word_fib_pointers_poked()
    {
        // ccpText, then fc and lcb of the style sheet, PlcBteChpx, PlcBtePapx and the CLX (piece table).
        var bases = new[] { _doc, _small };
        var fields = bases.Select(b =>
        {
            int fib = FibAt(b);
            int csw = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(fib + 32));
            int lw = fib + 34 + 2 * csw + 2;
            int cslw = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(fib + 34 + 2 * csw));
            int blob = lw + 4 * cslw + 2;
            return new[] { lw + 12 }.Concat(new[] { 1, 12, 13, 33 }.SelectMany(i => new[] { blob + 8 * i, blob + 8 * i + 4 })).ToArray();
        }).ToArray();
        var value = Gen.OneOf(Sector, Gen.UInt[0, 4096], Gen.UInt[0, 200_000]);
        Gen.Select(Gen.Int[0, bases.Length - 1], Gen.Select(Gen.Int[0, 100], value).Array[1, 3]).Sample((which, pokes) =>
        {
            Verdict(Poke(bases[which], pokes, fields[which]), ".doc");
        }, time: FuzzTime.Seconds(2), threads: FuzzTime.Threads);
    }

    /// <summary>Piece tables of any shape: pieces out of order, overlapping, past the stream, 8-bit and UTF-16, with property modifiers.</summary>
    [Fact]
    public void Piece_tables_generated()
    {
        var piece = Gen.Select(Gen.UInt[0, 200], Gen.OneOf(Gen.UInt[0, 8192], Gen.UInt), Gen.Bool, Gen.UShort);
        Gen.Select(piece.Array[1, 6], Gen.Int[0, 400], Gen.Byte.Array[0, 40]).Sample((pieces, ccp, prc) =>
        {
            var word = new byte[8192];
            TestDoc.Fib(word, ccp);
            for (int i = 2048; i < 4096; i += 2) word[i] = (byte)(i % 7 == 0 ? 0x07 : i % 5 == 0 ? 0x0D : 0x41);
            var clx = new List<byte> { 0x01 };
            clx.AddRange(BitConverter.GetBytes((short)prc.Length));
            clx.AddRange(prc);
            int n = pieces.Length;
            var plc = new byte[4 * (n + 1) + 8 * n];
            uint cp = 0;
            for (int i = 0; i < n; i++)
            {
                var (length, fc, compressed, prm) = pieces[i];
                BinaryPrimitives.WriteUInt32LittleEndian(plc.AsSpan(4 * i), cp);
                cp += length;
                BinaryPrimitives.WriteUInt32LittleEndian(plc.AsSpan(4 * (n + 1) + 8 * i + 2), compressed ? fc | 0x40000000 : fc);
                BinaryPrimitives.WriteUInt16LittleEndian(plc.AsSpan(4 * (n + 1) + 8 * i + 6), prm);
            }
            BinaryPrimitives.WriteUInt32LittleEndian(plc.AsSpan(4 * n), cp);
            clx.Add(0x02);
            clx.AddRange(BitConverter.GetBytes(plc.Length));
            clx.AddRange(plc);
            var table = clx.ToArray();
            TestDoc.Pair(word, 33, 0, (uint)table.Length);
            Verdict(Cfb.Build(("WordDocument", word), ("1Table", table)), ".doc");
        }, time: FuzzTime.Seconds(2), threads: FuzzTime.Threads);
    }

    /// <summary>Tables of absurd size: up to two million cell marks in one row, rows of up to 16 cells, nesting up to 100 deep.</summary>
    [Fact]
    public void Absurd_cell_counts()
    {
        Gen.Select(Gen.Int[1, 2_000_000], Gen.Int[1, 16], Gen.Int[1, 100]).Sample((cells, perRow, depth) =>
        {
            // One paragraph run of many cell marks: one page of properties, as many cells as wanted.
            var doc = new TestDoc().Para("项目名称\r")
                .Para(new string('\x07', cells), 0, TestDoc.On(TestDoc.PFInTable), TestDoc.Sprm(0x6649, BitConverter.GetBytes(depth % 4 == 0 ? depth : 1)))
                .Para("\x07", 0, TestDoc.RowEnd(Enumerable.Repeat((short)100, perRow).ToArray()))
                .Para("\r");
            Verdict(doc.Build(), ".doc");
        }, time: FuzzTime.Seconds(2), threads: FuzzTime.Threads);
    }

    /// <summary>BIFF records cut short or lying: a record's length changed, its type made another, its bytes overwritten, DIMENSIONS huge.</summary>
    [Fact]
    public void Biff_records_truncated_and_lying()
    {
        var records = Biff.Records(_xls).Select(r => r.At).ToList();
        var edit = Gen.Select(Gen.Int[0, records.Count - 1], Gen.Int[0, 4], Gen.UShort, Gen.UInt);
        Gen.Select(edit.Array[1, 4], Gen.Bool).Sample((edits, cutDirectory) =>
        {
            var copy = (byte[])_xls.Clone();
            foreach (var (record, kind, word, value) in edits)
            {
                int at = records[record];
                switch (kind)
                {
                    case 0: BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(at + 2), word); break; // the length lies
                    case 1: BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(at + 2), (ushort)(word % 4)); break; // cut to almost nothing
                    case 2: BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(at), (ushort)(new ushort[] { 0x0006, 0x0205, 0x00FD, 0x0203, 0x00E5, 0x0200, 0x00FC, 0x003C, 0x0809, 0x000A, 0x0085 }[word % 11])); break;
                    case 3 when at + 8 <= copy.Length: BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(at + 4), value); break;
                    default: if (at + 12 <= copy.Length) BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(at + 8), value); break;
                }
            }
            if (cutDirectory)
            {
                // The Workbook stream's directory entry claims less than it holds: the last records are cut off mid-way.
                uint dir = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(48));
                for (int e = 0; e < 4; e++)
                {
                    int entry = (int)(dir + 1) * 512 + 128 * e;
                    if (entry + 128 <= copy.Length && copy[entry] == 'W' && copy[entry + 2] == 'o')
                    {
                        uint size = BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(entry + 120));
                        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(entry + 120), size / 2 + (uint)edits.Length * 7);
                    }
                }
            }
            Verdict(copy, ".xls");
        }, time: FuzzTime.Seconds(2), threads: FuzzTime.Threads);
    }

    /// <summary>
    /// Reads through the legacy path with LibreOffice off (a file the native reader leaves to it is then
    /// a PE001 naming the reason), then checks what was read: never anything but a finding, never slow.
    /// </summary>
    void Verdict(byte[] bytes, string ext)
    {
        var path = _dir.Bytes(Guid.NewGuid().ToString("N") + ext, bytes);
        try
        {
            var reader = new LegacyConversion(ext == ".doc" ? LegacyTarget.Docx : LegacyTarget.Xlsx) { Soffice = null };
            var doc = FuzzTime.Bounded(() =>
            {
                try { return reader.Read(path); }
                catch (UnreadableFileException e)
                {
                    Assert.False(e.Message.Contains("读取文件时出错"), e.ToString()); // the readers' net for their own defects, with its cause
                    return null;
                }
            }, CaseLimit, "a legacy reader");
            if (doc is null)
                return;
            FuzzTime.Bounded(() =>
            {
                var checker = new Checker();
                foreach (var form in FormRecognizer.Recognize(doc))
                    foreach (var f in checker.CheckForm(form).Findings)
                        Assert.DoesNotContain("报告给 perfeval 维护者", f.Message);
                return 0;
            }, CaseLimit, "the checker");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
