using System.Buffers.Binary;

namespace PerfEval.Readers.Legacy;

/// <summary>
/// The paragraph styles of a .doc (the STSH, [MS-DOC] 2.9.271), as far as
/// table structure goes: a paragraph may be in a table (sprmPFInTable, its
/// depth, inner cell and row marks) only because its style says so, the
/// style's properties applied over those of the style it is based on. A
/// paragraph's own properties then apply over its style's. Every offset is
/// checked; a damaged style sheet is read as far as it goes (styles only
/// add table flags, they never take text away).
/// </summary>
internal sealed class DocStyles
{
    const int NoStyle = 0x0FFF, ParagraphStyle = 1, MaxStyles = 4096;

    public static readonly DocStyles None = new(Array.Empty<byte[]?>(), Array.Empty<int>());

    readonly byte[]?[] grpprls;
    readonly int[] bases;
    readonly ParaProps?[] resolved;

    DocStyles(byte[]?[] grpprls, int[] bases)
    {
        this.grpprls = grpprls;
        this.bases = bases;
        resolved = new ParaProps?[grpprls.Length];
    }

    /// <summary>The table flags a paragraph of this style has before its own properties; Plain for an unknown style.</summary>
    public ParaProps For(int istd) => istd >= 0 && istd < grpprls.Length ? Resolve(istd, 0) : ParaProps.Plain;

    ParaProps Resolve(int istd, int depth)
    {
        if (resolved[istd] is { } done)
            return done;
        // A base chain is at most as long as the sheet; a longer one loops (a damaged file) and stops here.
        var over = bases[istd] is var b && b != NoStyle && b < grpprls.Length && b != istd && depth < grpprls.Length && depth < 64
            ? Resolve(b, depth + 1)
            : ParaProps.Plain;
        // Row layout (sprmTDefTable) belongs to a row's own mark, never to a style.
        var props = (grpprls[istd] is { } g ? ParaProps.Parse(g, over) : over) with { Row = null };
        resolved[istd] = props;
        return props;
    }

    public static DocStyles Read(byte[] table, (uint Fc, uint Lcb) stshf)
    {
        if (stshf.Lcb < 2 || (long)stshf.Fc + stshf.Lcb > table.Length)
            return None;
        var stsh = table.AsSpan((int)stshf.Fc, (int)stshf.Lcb);
        int cbStshi = U16(stsh, 0);
        if (cbStshi < 4 || 2 + cbStshi > stsh.Length)
            return None;
        int cstd = Math.Min((int)U16(stsh, 2), MaxStyles);
        int cbStdBase = U16(stsh, 4);
        if (cbStdBase < 10)
            return None;
        var grpprls = new byte[]?[cstd];
        var bases = new int[cstd];
        Array.Fill(bases, NoStyle);
        int at = 2 + cbStshi;
        for (int istd = 0; istd < cstd && at + 2 <= stsh.Length; istd++)
        {
            int cbStd = U16(stsh, at);
            int std = at + 2;
            at = std + cbStd;
            if (cbStd == 0)
                continue; // an empty slot
            if (at > stsh.Length || cbStd < cbStdBase)
                break;
            ReadStyle(stsh.Slice(std, cbStd), cbStdBase, out grpprls[istd], out bases[istd]);
        }
        return new DocStyles(grpprls, bases);
    }

    /// <summary>One STD: its StdfBase (stk, istdBase, cupx), its name, then its UPXs; the first of a paragraph style is its paragraph properties.</summary>
    static void ReadStyle(ReadOnlySpan<byte> std, int cbStdBase, out byte[]? grpprl, out int istdBase)
    {
        grpprl = null;
        ushort word1 = U16(std, 2), word2 = U16(std, 4);
        istdBase = word1 >> 4;
        if ((word1 & 0xF) != ParagraphStyle || (word2 & 0xF) == 0)
            return;
        int at = cbStdBase;
        if (at + 2 > std.Length)
            return;
        int cch = U16(std, at);
        at += 2 + 2 * (cch + 1); // xstzName: the characters and a terminating zero
        if (at + 2 > std.Length)
            return;
        int cbUpx = U16(std, at);
        at += 2;
        // UpxPapx: the istd again (2 bytes), then the grpprl.
        if (cbUpx < 2 || at + cbUpx > std.Length)
            return;
        grpprl = std.Slice(at + 2, cbUpx - 2).ToArray();
    }

    static ushort U16(ReadOnlySpan<byte> b, int at) => at + 2 <= b.Length ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : (ushort)0;
}
