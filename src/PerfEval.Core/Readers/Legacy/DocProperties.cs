using System.Buffers.Binary;

namespace PerfEval.Readers.Legacy;

/// <summary>The table properties a row-end paragraph carries: cell boundaries and each cell's merge flags.</summary>
internal sealed class RowProps
{
    /// <summary>itcMac + 1 boundaries, in twips, left to right.</summary>
    public short[] Boundaries { get; set; } = Array.Empty<short>();
    /// <summary>Per cell: 0 none, 1 first of a horizontal merge, 2 or 3 merged into the cell on its left.</summary>
    public byte[] HorzMerge { get; set; } = Array.Empty<byte>();
    /// <summary>Per cell: 0 none, 1 continues the cell above, 3 starts a vertical merge.</summary>
    public byte[] VertMerge { get; set; } = Array.Empty<byte>();

    public RowProps Clone() => new() { Boundaries = Boundaries, HorzMerge = (byte[])HorzMerge.Clone(), VertMerge = (byte[])VertMerge.Clone() };

    /// <summary>sprmTMerge: the first cell of [first, lim) starts a horizontal merge, the others continue it; sprmTSplit undoes it.</summary>
    public void Merge(int first, int lim, bool merge)
    {
        lim = Math.Min(lim, HorzMerge.Length);
        for (int i = first; i < lim; i++)
            HorzMerge[i] = !merge ? (byte)0 : i == first ? (byte)1 : (byte)2;
    }
}

/// <summary>What the reader needs of one paragraph's properties.</summary>
internal sealed record ParaProps(bool InTable, bool Ttp, int Itap, bool InnerCell, bool InnerTtp, RowProps? Row)
{
    public static readonly ParaProps Plain = new(false, false, 0, false, false, null);

    /// <summary>Table depth: 0 outside tables.</summary>
    public int Depth => InTable ? Math.Max(1, Itap) : 0;

    public static ParaProps Parse(ReadOnlySpan<byte> grpprl, ParaProps? over = null)
    {
        var p = over ?? Plain;
        bool inTable = p.InTable, ttp = p.Ttp, innerCell = p.InnerCell, innerTtp = p.InnerTtp;
        int itap = p.Itap;
        RowProps? row = p.Row;
        bool own = false; // the row is changed in place only once it is this paragraph's own copy
        RowProps Own()
        {
            if (!own)
            {
                row = row!.Clone();
                own = true;
            }
            return row;
        }
        var r = new SprmReader(grpprl);
        while (r.MoveNext())
        {
            var s = r.Current;
            switch (s.Code)
            {
                case SprmReader.PFInTable: inTable = s.Byte != 0; break;
                case SprmReader.PFTtp: ttp = s.Byte != 0; break;
                case SprmReader.PItap: itap = Math.Clamp(s.Int32, 0, 64); break;
                case SprmReader.PFInnerTableCell: innerCell = s.Byte != 0; break;
                case SprmReader.PFInnerTtp: innerTtp = s.Byte != 0; break;
                case SprmReader.TDefTable:
                    row = DefTable(s.Operand);
                    own = true;
                    break;
                case SprmReader.TVertMerge when row is not null && s.Operand.Length >= 2:
                    if (s.Operand[0] < row.VertMerge.Length)
                        Own().VertMerge[s.Operand[0]] = s.Operand[1];
                    break;
                case SprmReader.TMerge or SprmReader.TSplit when row is not null && s.Operand.Length >= 2:
                    Own().Merge(s.Operand[0], s.Operand[1], s.Code == SprmReader.TMerge);
                    break;
            }
        }
        return new ParaProps(inTable, ttp, itap, innerCell, innerTtp, row);
    }

    /// <summary>TDefTableOperand ([MS-DOC] 2.9.307): NumberOfColumns, rgdxaCenter, then a TC80 (20 bytes) per cell, possibly fewer.</summary>
    static RowProps? DefTable(ReadOnlySpan<byte> op)
    {
        if (op.Length < 1)
            return null;
        int cells = op[0];
        if (cells > 63 || op.Length < 1 + 2 * (cells + 1))
            return null;
        var row = new RowProps { Boundaries = new short[cells + 1], HorzMerge = new byte[cells], VertMerge = new byte[cells] };
        for (int i = 0; i <= cells; i++)
            row.Boundaries[i] = BinaryPrimitives.ReadInt16LittleEndian(op[(1 + 2 * i)..]);
        int tcs = 1 + 2 * (cells + 1);
        for (int i = 0; i < cells && tcs + 20 * (i + 1) <= op.Length; i++)
        {
            ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(op[(tcs + 20 * i)..]);
            row.HorzMerge[i] = (byte)(flags & 0x3);
            row.VertMerge[i] = (byte)((flags >> 5) & 0x3);
        }
        return row;
    }
}

/// <summary>
/// Property runs by file position, from the bin tables (PlcBtePapx,
/// PlcBteChpx) and their 512-byte formatted disk pages ([MS-DOC] 2.9.176,
/// 2.9.34): paragraph properties, and which characters are deleted revisions.
/// </summary>
internal sealed class DocProperties
{
    const int Page = 512;

    readonly uint[] paraStart;
    readonly uint[] paraEnd;
    readonly ParaProps[] paraProps;
    readonly List<(uint Start, uint End)> deleted;

    DocProperties(List<(uint, uint, ParaProps)> paras, List<(uint, uint)> deleted)
    {
        paras.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        paraStart = paras.Select(p => p.Item1).ToArray();
        paraEnd = paras.Select(p => p.Item2).ToArray();
        paraProps = paras.Select(p => p.Item3).ToArray();
        deleted.Sort();
        this.deleted = deleted;
    }

    /// <summary>
    /// A paragraph whose properties do not fit its page (a wide table row's
    /// cell list) holds only sprmPHugePapx: the offset of the real grpprl in
    /// the Data stream, which replaces the one on the page.
    /// </summary>
    static ReadOnlySpan<byte> Huge(ReadOnlySpan<byte> grpprl, byte[] data)
    {
        var r = new SprmReader(grpprl);
        while (r.MoveNext())
        {
            if (r.Current.Code != SprmReader.PHugePapx || r.Current.Operand.Length < 4)
                continue;
            long at = BinaryPrimitives.ReadUInt32LittleEndian(r.Current.Operand);
            if (at + 2 > data.Length)
                throw LegacyErrors.BadDocument("段落属性（PHugePapx）指向 Data 数据流之外");
            int cb = BinaryPrimitives.ReadInt16LittleEndian(data.AsSpan((int)at));
            if (cb < 0 || at + 2 + cb > data.Length)
                throw LegacyErrors.BadDocument("段落属性（PrcData）超出 Data 数据流");
            return data.AsSpan((int)at + 2, cb);
        }
        return grpprl;
    }

    public static DocProperties Read(byte[] word, byte[] table, byte[] data, DocFib fib)
    {
        var paras = new List<(uint, uint, ParaProps)>();
        var styles = DocStyles.Read(table, fib.Stshf);
        foreach (var page in Pages(word, table, fib.PlcBtePapx, "段落属性表（PlcBtePapx）"))
        {
            int count = word[page + Page - 1];
            if (4 * (count + 1) + 13 * count > Page - 1)
                throw LegacyErrors.BadDocument("段落属性页（PapxFkp）的条目数无效");
            for (int i = 0; i < count; i++)
            {
                uint start = U32(word, page + 4 * i), end = U32(word, page + 4 * (i + 1));
                int offset = word[page + 4 * (count + 1) + 13 * i] * 2;
                var props = ParaProps.Plain;
                if (offset != 0)
                {
                    if (offset >= Page - 1)
                        throw LegacyErrors.BadDocument("段落属性页（PapxFkp）的偏移超出范围");
                    int cb = word[page + offset];
                    int at = page + offset + 1, length;
                    if (cb == 0)
                    {
                        length = 2 * word[page + offset + 1];
                        at++;
                    }
                    else
                        length = 2 * cb - 1;
                    if (at + length > page + Page - 1 || length < 2)
                        throw LegacyErrors.BadDocument("段落属性（PapxInFkp）超出其页");
                    // The first two bytes are the style index: its table flags apply first, the paragraph's sprms over them.
                    int istd = BinaryPrimitives.ReadUInt16LittleEndian(word.AsSpan(at));
                    props = ParaProps.Parse(Huge(word.AsSpan(at + 2, length - 2), data), styles.For(istd));
                }
                paras.Add((start, end, props));
            }
        }
        var deleted = new List<(uint, uint)>();
        foreach (var page in Pages(word, table, fib.PlcBteChpx, "字符属性表（PlcBteChpx）"))
        {
            int count = word[page + Page - 1];
            if (5 * count + 4 > Page - 1)
                throw LegacyErrors.BadDocument("字符属性页（ChpxFkp）的条目数无效");
            for (int i = 0; i < count; i++)
            {
                int offset = word[page + 4 * (count + 1) + i] * 2;
                if (offset == 0)
                    continue;
                if (offset >= Page - 1)
                    throw LegacyErrors.BadDocument("字符属性页（ChpxFkp）的偏移超出范围");
                int cb = word[page + offset];
                if (page + offset + 1 + cb > page + Page - 1)
                    throw LegacyErrors.BadDocument("字符属性（Chpx）超出其页");
                if (IsDeleted(word.AsSpan(page + offset + 1, cb)))
                    deleted.Add((U32(word, page + 4 * i), U32(word, page + 4 * (i + 1))));
            }
        }
        return new DocProperties(paras, deleted);
    }

    static bool IsDeleted(ReadOnlySpan<byte> grpprl)
    {
        bool del = false;
        var r = new SprmReader(grpprl);
        while (r.MoveNext())
            if (r.Current.Code == SprmReader.CFRMarkDel)
                del = r.Current.Byte != 0;
        return del;
    }

    /// <summary>The stream offsets of the pages a bin table lists, each checked to lie inside the WordDocument stream.</summary>
    static List<int> Pages(byte[] word, byte[] table, (uint Fc, uint Lcb) plc, string what)
    {
        var bytes = DocPieces.Slice(table, plc.Fc, plc.Lcb, what);
        if (bytes.Length < 4 || (bytes.Length - 4) % 8 != 0)
            throw LegacyErrors.BadDocument($"{what}长度无效");
        int n = (bytes.Length - 4) / 8;
        var pages = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            long pn = U32(bytes, 4 * (n + 1) + 4 * i) & 0x3FFFFF;
            if ((pn + 1) * Page > word.Length)
                throw LegacyErrors.BadDocument($"{what}指向文档数据流之外");
            pages.Add((int)(pn * Page));
        }
        return pages;
    }

    /// <summary>The properties of the paragraph whose mark is at this file position.</summary>
    public ParaProps Paragraph(uint fc)
    {
        int lo = 0, hi = paraStart.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (paraStart[mid] <= fc)
            {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found >= 0 && fc < paraEnd[found] ? paraProps[found] : ParaProps.Plain;
    }

    /// <summary>Whether the character at this file position is a tracked deletion.</summary>
    public bool IsDeleted(uint fc)
    {
        int lo = 0, hi = deleted.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (deleted[mid].End <= fc)
                lo = mid + 1;
            else if (deleted[mid].Start > fc)
                hi = mid - 1;
            else
                return true;
        }
        return false;
    }

    static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));
}
