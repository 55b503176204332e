using System.Buffers.Binary;

namespace PerfEval.Readers.Legacy;

/// <summary>
/// The parts of the File Information Block ([MS-DOC] 2.5.1) the reader
/// needs: which table stream, whether the file is encrypted, the length of
/// the main text, and where the piece table, the style sheet and the
/// paragraph and character property tables are.
/// </summary>
internal sealed class DocFib
{
    const ushort WordIdent = 0xA5EC;
    const int Word97 = 0x00C1;
    const int ClxIndex = 33, PapxIndex = 13, ChpxIndex = 12, StshfIndex = 1;

    public int NFib { get; private init; }
    public bool Encrypted { get; private init; }
    public bool Complex { get; private init; }
    public string TableStream { get; private init; } = "0Table";
    public int CcpText { get; private init; }
    public (uint Fc, uint Lcb) Clx { get; private init; }
    public (uint Fc, uint Lcb) PlcBtePapx { get; private init; }
    public (uint Fc, uint Lcb) PlcBteChpx { get; private init; }
    /// <summary>The style sheet (STSH) in the table stream.</summary>
    public (uint Fc, uint Lcb) Stshf { get; private init; }

    public static DocFib Parse(byte[] word)
    {
        if (word.Length < 34 || U16(word, 0) != WordIdent)
            throw LegacyErrors.BadDocument("文件信息块（FIB）标志无效");
        int nFib = U16(word, 2);
        ushort flags = U16(word, 10);
        bool encrypted = (flags & 0x0100) != 0;
        if (encrypted)
            throw ReadErrors.Encrypted(OfficeKind.Word);
        if (nFib < Word97)
            throw new UnsupportedLegacyException("文件是 Word 6.0/95 或更早的格式");
        int at = 32;
        int csw = U16(word, at);
        at += 2 + csw * 2;
        if (at + 2 > word.Length)
            throw LegacyErrors.BadDocument("文件信息块（FIB）被截断");
        int cslw = U16(word, at);
        int lw = at + 2;
        at = lw + cslw * 4;
        if (cslw < 4 || at + 2 > word.Length)
            throw LegacyErrors.BadDocument("文件信息块（FIB）被截断");
        int ccpText = BinaryPrimitives.ReadInt32LittleEndian(word.AsSpan(lw + 12));
        int cb = U16(word, at);
        int blob = at + 2;
        if (cb <= ClxIndex || blob + cb * 8 > word.Length)
            throw LegacyErrors.BadDocument("文件信息块（FIB）被截断");
        if (ccpText < 0)
            throw LegacyErrors.BadDocument("正文长度无效");
        (uint, uint) Pair(int i) => (U32(word, blob + i * 8), U32(word, blob + i * 8 + 4));
        return new DocFib
        {
            NFib = nFib,
            Encrypted = encrypted,
            Complex = (flags & 0x0004) != 0,
            TableStream = (flags & 0x0200) != 0 ? "1Table" : "0Table",
            CcpText = ccpText,
            Clx = Pair(ClxIndex),
            PlcBtePapx = Pair(PapxIndex),
            PlcBteChpx = Pair(ChpxIndex),
            Stshf = Pair(StshfIndex),
        };
    }

    static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at));

    static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));
}
