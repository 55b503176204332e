using System.Buffers.Binary;

namespace PerfEval.Readers.Legacy;

/// <summary>What the BIFF records tell of one worksheet that ExcelDataReader does not: which cells hold a formula, and which an error value.</summary>
internal sealed class BiffSheet
{
    public static readonly BiffSheet Empty = new();

    /// <summary>Formula cells, by 0-based (row, column) key.</summary>
    public HashSet<long> Formulas { get; } = new();

    /// <summary>Error cells (a constant #N/A or a formula whose stored result is #DIV/0!…) and the code Excel shows.</summary>
    public Dictionary<long, string> Errors { get; } = new();
}

/// <summary>
/// Which cells of each worksheet hold a formula, and which an error value:
/// ExcelDataReader gives a formula's stored result but not that it is one,
/// and reads an error as an empty cell. A walk over the BIFF records of the
/// Workbook stream, sheet by sheet (BOUNDSHEET order).
/// </summary>
internal sealed class BiffFormulas
{
    const ushort Bof = 0x0809, Eof = 0x000A, BoundSheet = 0x0085, FilePass = 0x002F, Formula = 0x0006, BoolErr = 0x0205;
    static readonly ushort[] FormulaRecords = { Formula, 0x0206, 0x0406 };

    readonly Dictionary<long, BiffSheet> bySheetOffset = new();
    readonly List<long> sheetOffsets = new();

    /// <summary>The workbook is encrypted (FILEPASS): record contents cannot be read without the key.</summary>
    public bool Encrypted { get; private set; }

    public static long Key(int row, int col) => ((long)row << 16) | (uint)col;

    /// <summary>The formula and error cells of the sheet at this BOUNDSHEET index.</summary>
    public BiffSheet Sheet(int index) =>
        index < sheetOffsets.Count && bySheetOffset.TryGetValue(sheetOffsets[index], out var sheet) ? sheet : BiffSheet.Empty;

    /// <summary>The text Excel shows for a BIFF error code ([MS-XLS] 2.5.10 BErr).</summary>
    static string? ErrorText(byte code) => code switch
    {
        0x00 => "#NULL!",
        0x07 => "#DIV/0!",
        0x0F => "#VALUE!",
        0x17 => "#REF!",
        0x1D => "#NAME?",
        0x24 => "#NUM!",
        0x2A => "#N/A",
        _ => null,
    };

    public static BiffFormulas Scan(byte[] stream)
    {
        var result = new BiffFormulas();
        BiffSheet? current = null;
        bool biff8 = false;
        int at = 0;
        while (at + 4 <= stream.Length)
        {
            ushort type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at));
            int length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2));
            int data = at + 4;
            if (data + length > stream.Length)
                break;
            var record = stream.AsSpan(data, length);
            if (type == Bof || type is 0x0009 or 0x0209 or 0x0409)
            {
                current = new BiffSheet();
                biff8 = type == Bof; // BIFF5 and 8 share the 0x0809 BOF and the cell layouts read below
                result.bySheetOffset[at] = current;
            }
            else if (type == Eof)
                current = null;
            else if (type == FilePass && result.sheetOffsets.Count == 0)
                result.Encrypted = true;
            else if (type == BoundSheet && length >= 4 && !result.Encrypted)
                result.sheetOffsets.Add(BinaryPrimitives.ReadUInt32LittleEndian(record));
            else if (current is not null && length >= 4 && Array.IndexOf(FormulaRecords, type) >= 0)
            {
                long key = Key(BinaryPrimitives.ReadUInt16LittleEndian(record), BinaryPrimitives.ReadUInt16LittleEndian(record[2..]));
                current.Formulas.Add(key);
                // FormulaValue ([MS-XLS] 2.5.133): fExprO 0xFFFF marks a non-number result; byte 0 = 2 an error, its code at byte 2.
                if (biff8 && type == Formula && length >= 14 && record[12] == 0xFF && record[13] == 0xFF && record[6] == 2 && ErrorText(record[8]) is { } text)
                    current.Errors[key] = text;
            }
            else if (current is not null && biff8 && type == BoolErr && length >= 8 && record[7] == 1 && ErrorText(record[6]) is { } error)
                current.Errors[Key(BinaryPrimitives.ReadUInt16LittleEndian(record), BinaryPrimitives.ReadUInt16LittleEndian(record[2..]))] = error;
            at = data + length;
        }
        return result;
    }
}
