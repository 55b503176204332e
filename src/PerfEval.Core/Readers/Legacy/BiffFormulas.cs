using System.Buffers.Binary;

namespace PerfEval.Readers.Legacy;

/// <summary>
/// Which cells of each worksheet hold a formula: ExcelDataReader gives a
/// formula's stored result but not that it is one. A walk over the BIFF
/// records of the Workbook stream, sheet by sheet (BOUNDSHEET order).
/// </summary>
internal sealed class BiffFormulas
{
    const ushort Bof = 0x0809, Eof = 0x000A, BoundSheet = 0x0085, FilePass = 0x002F;
    static readonly ushort[] FormulaRecords = { 0x0006, 0x0206, 0x0406 };

    readonly Dictionary<long, HashSet<long>> bySheetOffset = new();
    readonly List<long> sheetOffsets = new();

    /// <summary>The workbook is encrypted (FILEPASS): record contents cannot be read without the key.</summary>
    public bool Encrypted { get; private set; }

    public static long Key(int row, int col) => ((long)row << 16) | (uint)col;

    /// <summary>The formula cells (0-based row, column keys) of the sheet at this BOUNDSHEET index.</summary>
    public HashSet<long> Sheet(int index) =>
        index < sheetOffsets.Count && bySheetOffset.TryGetValue(sheetOffsets[index], out var set) ? set : new HashSet<long>();

    public static BiffFormulas Scan(byte[] stream)
    {
        var result = new BiffFormulas();
        HashSet<long>? current = null;
        int at = 0;
        while (at + 4 <= stream.Length)
        {
            ushort type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at));
            int length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2));
            int data = at + 4;
            if (data + length > stream.Length)
                break;
            if (type == Bof || type is 0x0009 or 0x0209 or 0x0409)
            {
                current = new HashSet<long>();
                result.bySheetOffset[at] = current;
            }
            else if (type == Eof)
                current = null;
            else if (type == FilePass && result.sheetOffsets.Count == 0)
                result.Encrypted = true;
            else if (type == BoundSheet && length >= 4 && !result.Encrypted)
                result.sheetOffsets.Add(BinaryPrimitives.ReadUInt32LittleEndian(stream.AsSpan(data)));
            else if (current is not null && length >= 4 && Array.IndexOf(FormulaRecords, type) >= 0)
                current.Add(Key(BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(data)), BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(data + 2))));
            at = data + length;
        }
        return result;
    }
}
