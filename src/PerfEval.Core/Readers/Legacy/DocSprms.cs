using System.Buffers.Binary;

namespace PerfEval.Readers.Legacy;

/// <summary>One property modifier: its code and its operand bytes.</summary>
internal readonly ref struct Sprm
{
    public Sprm(ushort code, ReadOnlySpan<byte> operand)
    {
        Code = code;
        Operand = operand;
    }

    public ushort Code { get; }
    public ReadOnlySpan<byte> Operand { get; }
    public byte Byte => Operand.Length > 0 ? Operand[0] : (byte)0;
    public int Int32 => Operand.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(Operand) : Byte;
}

/// <summary>Walks a grpprl ([MS-DOC] 2.2.5.1): the operand size follows from the code's spra bits.</summary>
internal ref struct SprmReader
{
    public const ushort PFInTable = 0x2416, PFTtp = 0x2417, PItap = 0x6649, PFInnerTableCell = 0x244B, PFInnerTtp = 0x244C;
    public const ushort TDefTable = 0xD608, TVertMerge = 0xD62B, CFRMarkDel = 0x0800, PChgTabs = 0xC615, PHugePapx = 0x6646;
    /// <summary>Horizontal merge and split of a row's cells [itcFirst, itcLim) ([MS-DOC] 2.6.4); Word keeps them in piece property modifiers.</summary>
    public const ushort TMerge = 0x5624, TSplit = 0x5625;

    readonly ReadOnlySpan<byte> data;
    int at;

    public SprmReader(ReadOnlySpan<byte> grpprl)
    {
        data = grpprl;
        at = 0;
        Current = default;
    }

    public Sprm Current { get; private set; }

    /// <summary>Moves to the next sprm; false at the end or at one whose operand runs past the end (the rest is ignored).</summary>
    public bool MoveNext()
    {
        if (at + 2 > data.Length)
            return false;
        ushort code = BinaryPrimitives.ReadUInt16LittleEndian(data[at..]);
        int start = at + 2;
        int size;
        switch (code >> 13)
        {
            case 0 or 1: size = 1; break;
            case 2 or 4 or 5: size = 2; break;
            case 3: size = 4; break;
            case 7: size = 3; break;
            default:
                if (start >= data.Length)
                    return false;
                if (code == TDefTable)
                {
                    // Its size is a 2-byte count (plus one), not the usual byte.
                    if (start + 2 > data.Length)
                        return false;
                    size = BinaryPrimitives.ReadUInt16LittleEndian(data[start..]) + 1;
                    Current = new Sprm(code, Slice(start + 2, size - 2));
                    at = start + size;
                    return at <= data.Length;
                }
                if (code == PChgTabs && data[start] == 255)
                    return false; // a layout this reader never needs; stop rather than guess its length
                size = data[start];
                start++;
                break;
        }
        if (start + size > data.Length)
            return false;
        Current = new Sprm(code, data.Slice(start, size));
        at = start + size;
        return true;
    }

    ReadOnlySpan<byte> Slice(int start, int length) =>
        start + Math.Max(0, length) <= data.Length ? data.Slice(start, Math.Max(0, length)) : ReadOnlySpan<byte>.Empty;
}
