using System.Buffers.Binary;

namespace PerfEval.Tests.Legacy;

/// <summary>The BIFF8 records of a small .xls's Workbook stream, found in the file's bytes, for tests that edit them in place.</summary>
internal static class Biff
{
    public const ushort Bof = 0x0809, Eof = 0x000A, Dimensions = 0x0200;

    /// <summary>The records that hold a cell's value: FORMULA, BOOLERR, NUMBER, RK, LABEL, LABELSST, MULRK, MULBLANK, BLANK.</summary>
    public static readonly ushort[] CellTypes = { 0x0006, 0x0205, 0x0203, 0x027E, 0x0204, 0x00FD, 0x00BD, 0x00BE, 0x0201 };

    /// <summary>A record type no reader knows (readers skip what they do not know).</summary>
    public const ushort Unused = 0x7F7F;

    public readonly record struct Record(int At, ushort Type, int Length);

    /// <summary>
    /// The records from the stream's first BOF (at the start of a sector) on, read as laid
    /// out in the file: right for a file whose Workbook stream is stored in one run of sectors,
    /// as LibreOffice writes a small one.
    /// </summary>
    public static List<Record> Records(byte[] xls, int max = 5000)
    {
        int start = WorkbookAt(xls);
        var records = new List<Record>();
        for (int at = start; at + 4 <= xls.Length && records.Count < max;)
        {
            ushort type = BinaryPrimitives.ReadUInt16LittleEndian(xls.AsSpan(at));
            int length = BinaryPrimitives.ReadUInt16LittleEndian(xls.AsSpan(at + 2));
            records.Add(new Record(at, type, length));
            at += 4 + length;
            if (type == Eof && records.Count > 50 && at % 512 == 0) break;
        }
        return records;
    }

    /// <summary>The offset of the Workbook stream's first BIFF8 BOF: the sector that starts with it.</summary>
    static int WorkbookAt(byte[] xls)
    {
        for (int at = 512; at + 4 <= xls.Length; at += 512)
            if (xls[at] == 0x09 && xls[at + 1] == 0x08)
                return at;
        throw new InvalidOperationException("no BIFF8 BOF in the file");
    }
}
