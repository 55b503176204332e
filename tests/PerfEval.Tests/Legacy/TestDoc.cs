using System.Buffers.Binary;
using System.Text;
using PerfEval.Tests.Hostile;

namespace PerfEval.Tests.Legacy;

/// <summary>
/// Writes a small Word 97 .doc byte by byte from the [MS-DOC] structures,
/// for the shapes LibreOffice never writes: table flags that come only from
/// a paragraph style, horizontal merges by sprmTMerge in a piece's property
/// modifier, absurd cell counts, piece tables of any shape. The text is
/// UTF-16; each paragraph gets its style and its own sprms in one PAPX page.
/// </summary>
internal sealed class TestDoc
{
    public const ushort PFInTable = 0x2416, PFTtp = 0x2417, TMerge = 0x5624, TSplit = 0x5625, TDefTable = 0xD608;

    const int TextAt = 2048;

    readonly List<(string Text, ushort Istd, byte[] Sprms)> _paras = new();
    readonly List<byte[]?> _styles = new();
    readonly List<(int CpEnd, byte[]? Prc)> _pieces = new();

    /// <summary>A paragraph: its text, ending in \r (a paragraph) or \x07 (a cell or row end), its style and its own sprms.</summary>
    public TestDoc Para(string text, ushort istd = 0, params byte[][] sprms)
    {
        _paras.Add((text, istd, sprms.SelectMany(s => s).ToArray()));
        return this;
    }

    /// <summary>A paragraph style (istd = its index) whose paragraph properties are these sprms; null for an empty slot.</summary>
    public TestDoc Style(params byte[][] sprms)
    {
        _styles.Add(sprms.SelectMany(s => s).ToArray());
        return this;
    }

    /// <summary>Ends a piece after the text so far; its characters get this property modifier (a Prc grpprl).</summary>
    public TestDoc EndPiece(params byte[][] prc)
    {
        int cp = _paras.Sum(p => p.Text.Length);
        _pieces.Add((cp, prc.Length == 0 ? null : prc.SelectMany(s => s).ToArray()));
        return this;
    }

    public static byte[] Sprm(ushort code, params byte[] operand) => new[] { (byte)code, (byte)(code >> 8) }.Concat(operand).ToArray();

    public static byte[] On(ushort code) => Sprm(code, 1);

    /// <summary>sprmTDefTable for cells of the given widths (twips), no merge flags.</summary>
    public static byte[] DefTable(params short[] widths)
    {
        int cells = widths.Length;
        var op = new List<byte> { (byte)cells };
        short x = 0;
        for (int i = 0; i <= cells; i++)
        {
            op.AddRange(BitConverter.GetBytes(x));
            if (i < cells) x += widths[i];
        }
        op.AddRange(new byte[20 * cells]); // TC80s: no flags
        int size = op.Count + 1;
        return new[] { unchecked((byte)TDefTable), (byte)(TDefTable >> 8), (byte)size, (byte)(size >> 8) }.Concat(op).ToArray();
    }

    /// <summary>The row-end mark's own properties: in a table, its terminating paragraph, the cell boundaries.</summary>
    public static byte[][] RowEnd(params short[] widths) => new[] { On(PFInTable), On(PFTtp), DefTable(widths) };

    public byte[] Build()
    {
        var text = string.Concat(_paras.Select(p => p.Text));
        if (_pieces.Count == 0 || _pieces[^1].CpEnd < text.Length)
            _pieces.Add((text.Length, null));
        int papxPage = (TextAt + 2 * text.Length + 511) / 512 + 1;
        int chpxPage = papxPage + 1;
        var word = new byte[(chpxPage + 1) * 512];
        Fib(word, text.Length);
        Encoding.Unicode.GetBytes(text).CopyTo(word, TextAt);
        PapxPage(word, papxPage * 512);
        ChpxPage(word, chpxPage * 512, text.Length);

        var table = new List<byte>();
        Place(word, 13, table, Plc(TextAt, TextAt + 2 * text.Length, papxPage));
        Place(word, 12, table, Plc(TextAt, TextAt + 2 * text.Length, chpxPage));
        Place(word, 33, table, Clx());
        if (_styles.Count > 0)
            Place(word, 1, table, Stsh());
        return Cfb.Build(("WordDocument", word), ("1Table", table.ToArray()));
    }

    /// <summary>A minimal Word 97 FIB (nFib 0x00C1, table stream 1Table, 93 FcLcb pairs, all zero) at the start of <paramref name="w"/>.</summary>
    public static void Fib(byte[] w, int ccpText)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(w, 0xA5EC);
        BinaryPrimitives.WriteUInt16LittleEndian(w.AsSpan(2), 0x00C1);
        BinaryPrimitives.WriteUInt16LittleEndian(w.AsSpan(10), 0x0200); // fWhichTblStm: 1Table
        BinaryPrimitives.WriteUInt16LittleEndian(w.AsSpan(32), 0); // csw
        BinaryPrimitives.WriteUInt16LittleEndian(w.AsSpan(34), 22); // cslw
        BinaryPrimitives.WriteInt32LittleEndian(w.AsSpan(36 + 12), ccpText);
        BinaryPrimitives.WriteUInt16LittleEndian(w.AsSpan(124), 93); // cbRgFcLcb
    }

    /// <summary>Points FibRgFcLcb pair <paramref name="index"/> (1 the style sheet, 12 and 13 the property tables, 33 the CLX) at a range of the table stream.</summary>
    public static void Pair(byte[] word, int index, uint fc, uint lcb)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(word.AsSpan(126 + 8 * index), fc);
        BinaryPrimitives.WriteUInt32LittleEndian(word.AsSpan(126 + 8 * index + 4), lcb);
    }

    /// <summary>Appends a structure to the table stream and points FibRgFcLcb pair <paramref name="index"/> at it.</summary>
    static void Place(byte[] word, int index, List<byte> table, byte[] data)
    {
        Pair(word, index, (uint)table.Count, (uint)data.Length);
        table.AddRange(data);
        while (table.Count % 4 != 0) table.Add(0);
    }

    static byte[] Plc(int fcFirst, int fcLast, int pn)
    {
        var b = new byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(b, fcFirst);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(4), fcLast);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(8), pn);
        return b;
    }

    void PapxPage(byte[] word, int page)
    {
        int n = _paras.Count;
        int fc = TextAt;
        int free = 4 * (n + 1) + 13 * n;
        free += free % 2;
        for (int i = 0; i < n; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(word.AsSpan(page + 4 * i), fc);
            fc += 2 * _paras[i].Text.Length;
            var payload = BitConverter.GetBytes(_paras[i].Istd).Concat(_paras[i].Sprms).ToArray();
            word[page + 4 * (n + 1) + 13 * i] = (byte)(free / 2);
            if (payload.Length % 2 == 1)
            {
                word[page + free] = (byte)((payload.Length + 1) / 2);
                payload.CopyTo(word, page + free + 1);
                free += 1 + payload.Length;
            }
            else
            {
                word[page + free] = 0;
                word[page + free + 1] = (byte)(payload.Length / 2);
                payload.CopyTo(word, page + free + 2);
                free += 2 + payload.Length;
            }
            free += free % 2;
            if (free >= 511) throw new ArgumentException("too many paragraph properties for one page");
        }
        BinaryPrimitives.WriteInt32LittleEndian(word.AsSpan(page + 4 * n), fc);
        word[page + 511] = (byte)n;
    }

    static void ChpxPage(byte[] word, int page, int chars)
    {
        BinaryPrimitives.WriteInt32LittleEndian(word.AsSpan(page), TextAt);
        BinaryPrimitives.WriteInt32LittleEndian(word.AsSpan(page + 4), TextAt + 2 * chars);
        word[page + 8] = 0; // no character properties
        word[page + 511] = 1;
    }

    byte[] Clx()
    {
        var clx = new List<byte>();
        var prcs = _pieces.Where(p => p.Prc is not null).Select(p => p.Prc!).ToList();
        foreach (var prc in prcs)
        {
            clx.Add(0x01);
            clx.AddRange(BitConverter.GetBytes((short)prc.Length));
            clx.AddRange(prc);
        }
        int n = _pieces.Count;
        var plc = new byte[4 * (n + 1) + 8 * n];
        int cp = 0, prcIndex = 0;
        for (int i = 0; i < n; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(plc.AsSpan(4 * i), cp);
            int pcd = 4 * (n + 1) + 8 * i;
            BinaryPrimitives.WriteInt32LittleEndian(plc.AsSpan(pcd + 2), TextAt + 2 * cp);
            ushort prm = _pieces[i].Prc is null ? (ushort)0 : (ushort)((prcIndex++ << 1) | 1);
            BinaryPrimitives.WriteUInt16LittleEndian(plc.AsSpan(pcd + 6), prm);
            cp = _pieces[i].CpEnd;
        }
        BinaryPrimitives.WriteInt32LittleEndian(plc.AsSpan(4 * n), cp);
        clx.Add(0x02);
        clx.AddRange(BitConverter.GetBytes(plc.Length));
        clx.AddRange(plc);
        return clx.ToArray();
    }

    /// <summary>An STSH: an STSHI saying 10-byte StdfBase, then each style as an STD with a name and its two UPXs.</summary>
    byte[] Stsh()
    {
        var b = new List<byte>();
        b.AddRange(BitConverter.GetBytes((ushort)18));
        var stshif = new byte[18];
        BinaryPrimitives.WriteUInt16LittleEndian(stshif, (ushort)_styles.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(stshif.AsSpan(2), 10);
        b.AddRange(stshif);
        foreach (var grpprl in _styles)
        {
            if (grpprl is null)
            {
                b.AddRange(new byte[2]);
                continue;
            }
            var std = new List<byte>();
            std.AddRange(new byte[2]); // sti 0, flags
            std.AddRange(BitConverter.GetBytes((ushort)(1 | (0x0FFF << 4)))); // stk paragraph, based on no style
            std.AddRange(BitConverter.GetBytes((ushort)(2 | (0 << 4)))); // cupx 2
            std.AddRange(new byte[4]); // bchUpe, grfstd
            std.AddRange(BitConverter.GetBytes((ushort)1));
            std.AddRange(Encoding.Unicode.GetBytes("S"));
            std.AddRange(new byte[2]);
            var upx = new byte[2].Concat(grpprl).ToArray(); // istd, then the grpprl
            std.AddRange(BitConverter.GetBytes((ushort)upx.Length));
            std.AddRange(upx);
            if (upx.Length % 2 == 1) std.Add(0);
            std.AddRange(new byte[2]); // an empty character UPX
            b.AddRange(BitConverter.GetBytes((ushort)std.Count));
            b.AddRange(std);
        }
        return b.ToArray();
    }
}
