using System.Buffers.Binary;
using System.Text;

namespace PerfEval.Readers.Legacy;

/// <summary>
/// The main text of a .doc through its piece table (the CLX, [MS-DOC]
/// 2.9.38): each piece maps a run of character positions to bytes of the
/// WordDocument stream, as 8-bit (compressed, code page 1252) or UTF-16
/// text. Every character keeps its file position, by which paragraph and
/// character properties are found.
/// </summary>
internal sealed class DocPieces
{
    /// <summary>The text, one char per character position.</summary>
    public char[] Text { get; }
    /// <summary>The stream offset (FC) of each character.</summary>
    public uint[] Fc { get; }
    /// <summary>Per character: the piece's property modifier grpprl (from a complex Prm), or null.</summary>
    public byte[]?[] PieceSprms { get; }

    DocPieces(char[] text, uint[] fc, byte[]?[] sprms)
    {
        Text = text;
        Fc = fc;
        PieceSprms = sprms;
    }

    static readonly Encoding Latin = Encoding.GetEncoding(1252);

    public static DocPieces Read(byte[] word, byte[] table, DocFib fib)
    {
        var clx = Slice(table, fib.Clx.Fc, fib.Clx.Lcb, "片段表（CLX）");
        var prcs = new List<byte[]>();
        int at = 0;
        while (at < clx.Length && clx[at] == 0x01)
        {
            if (at + 3 > clx.Length)
                throw LegacyErrors.BadDocument("片段表（CLX）被截断");
            int cb = BinaryPrimitives.ReadInt16LittleEndian(clx.AsSpan(at + 1));
            if (cb < 0 || at + 3 + cb > clx.Length)
                throw LegacyErrors.BadDocument("片段表的属性修改（Prc）超出范围");
            prcs.Add(clx.AsSpan(at + 3, cb).ToArray());
            at += 3 + cb;
        }
        if (at + 5 > clx.Length || clx[at] != 0x02)
            throw LegacyErrors.BadDocument("片段表（CLX）中没有片段描述（Pcdt）");
        uint lcb = BinaryPrimitives.ReadUInt32LittleEndian(clx.AsSpan(at + 1));
        var plc = Slice(clx, (uint)(at + 5), lcb, "片段描述（PlcPcd）");
        if (plc.Length < 4 || (plc.Length - 4) % 12 != 0)
            throw LegacyErrors.BadDocument("片段描述（PlcPcd）长度无效");
        int n = (plc.Length - 4) / 12;

        int total = fib.CcpText;
        if (total > word.Length)
            throw LegacyErrors.BadDocument($"正文长度 {total} 超过了文档数据流");
        var text = new char[total];
        var fcs = new uint[total];
        var sprms = new byte[]?[total];
        int filled = 0;
        for (int i = 0; i < n && filled < total; i++)
        {
            uint cpStart = U32(plc, i * 4), cpEnd = U32(plc, (i + 1) * 4);
            if (cpEnd < cpStart || cpStart != filled)
                throw LegacyErrors.BadDocument("片段表的字符位置不连续");
            int pcd = (n + 1) * 4 + i * 8;
            uint fcRaw = U32(plc, pcd + 2);
            ushort prm = BinaryPrimitives.ReadUInt16LittleEndian(plc.AsSpan(pcd + 6));
            bool compressed = (fcRaw & 0x40000000) != 0;
            long fc = compressed ? (fcRaw & 0x3FFFFFFF) / 2 : fcRaw & 0x3FFFFFFF;
            int count = (int)Math.Min(cpEnd - cpStart, (uint)(total - filled));
            long bytes = compressed ? count : 2L * count;
            if (fc + bytes > word.Length)
                throw LegacyErrors.BadDocument("片段表指向文档数据流之外");
            byte[]? grpprl = (prm & 1) != 0 && (prm >> 1) < prcs.Count ? prcs[prm >> 1] : null;
            if (compressed)
            {
                Latin.GetChars(word, (int)fc, count, text, filled);
                for (int k = 0; k < count; k++)
                    fcs[filled + k] = (uint)(fc + k);
            }
            else
            {
                for (int k = 0; k < count; k++)
                {
                    text[filled + k] = (char)BinaryPrimitives.ReadUInt16LittleEndian(word.AsSpan((int)(fc + 2 * k)));
                    fcs[filled + k] = (uint)(fc + 2 * k);
                }
            }
            if (grpprl is not null)
                Array.Fill(sprms, grpprl, filled, count);
            filled += count;
        }
        if (filled < total)
            throw LegacyErrors.BadDocument("片段表没有覆盖全部正文");
        return new DocPieces(text, fcs, sprms);
    }

    /// <summary>A range of a stream, checked to lie inside it.</summary>
    public static byte[] Slice(byte[] stream, uint fc, uint lcb, string what)
    {
        if ((long)fc + lcb > stream.Length)
            throw LegacyErrors.BadDocument($"{what}指向数据流之外");
        return stream.AsSpan((int)fc, (int)lcb).ToArray();
    }

    static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));
}
