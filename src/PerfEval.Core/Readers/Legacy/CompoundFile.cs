using System.Buffers.Binary;
using System.Text;

namespace PerfEval.Readers.Legacy;

/// <summary>
/// Just enough of the OLE compound file format (MS-CFB) to list the streams
/// of a legacy Office file. A .doc/.xls must prove it is one before
/// LibreOffice sees it: LibreOffice imports anything it does not recognise as
/// plain text, which would turn a damaged file into a quiet "no form found".
/// </summary>
internal static class CompoundFile
{
    public static ReadOnlySpan<byte> Signature => new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    const int HeaderSize = 512;
    const int EntrySize = 128;
    const uint LastRegularSector = 0xFFFFFFFA;
    const int HeaderDifatEntries = 109;

    /// <summary>The names of every storage and stream, or null when the file is not a well-formed compound file.</summary>
    public static List<string>? EntryNames(Stream file)
    {
        long length = file.Length;
        if (length < HeaderSize)
            return null;
        var header = new byte[HeaderSize];
        if (!ReadAt(file, 0, header))
            return null;
        if (!header.AsSpan(0, 8).SequenceEqual(Signature) || U16(header, 28) != 0xFFFE)
            return null;
        int shift = U16(header, 30);
        if (!(U16(header, 26) == 3 && shift == 9) && !(U16(header, 26) == 4 && shift == 12))
            return null;

        int sectorSize = 1 << shift;
        long sectorCount = (length - sectorSize + sectorSize - 1) / sectorSize;
        if (sectorCount <= 0)
            return null;
        var fatSectors = FatSectors(file, header, sectorSize, sectorCount);
        if (fatSectors is null)
            return null;
        var fat = ReadFat(file, fatSectors, sectorSize);
        if (fat is null)
            return null;
        return Directory(file, U32(header, 48), fat, sectorSize, sectorCount);
    }

    static List<uint>? FatSectors(Stream file, byte[] header, int sectorSize, long sectorCount)
    {
        uint declared = U32(header, 44);
        if (declared == 0 || declared > sectorCount)
            return null;
        var list = new List<uint>();
        for (int i = 0; i < HeaderDifatEntries && list.Count < declared; i++)
        {
            uint s = U32(header, 76 + 4 * i);
            if (s <= LastRegularSector)
                list.Add(s);
        }
        // Further FAT sector numbers sit in a chain of DIFAT sectors; the visited set stops a crafted loop.
        uint next = U32(header, 68);
        var seen = new HashSet<uint>();
        var buffer = new byte[sectorSize];
        while (list.Count < declared && next <= LastRegularSector)
        {
            if (next >= sectorCount || !seen.Add(next) || !ReadAt(file, Offset(next, sectorSize), buffer))
                return null;
            int perSector = sectorSize / 4 - 1;
            for (int i = 0; i < perSector && list.Count < declared; i++)
            {
                uint s = U32(buffer, 4 * i);
                if (s <= LastRegularSector)
                    list.Add(s);
            }
            next = U32(buffer, sectorSize - 4);
        }
        return list.Count == declared && list.All(s => s < sectorCount) ? list : null;
    }

    static uint[]? ReadFat(Stream file, List<uint> fatSectors, int sectorSize)
    {
        int perSector = sectorSize / 4;
        var fat = new uint[fatSectors.Count * perSector];
        var buffer = new byte[sectorSize];
        for (int i = 0; i < fatSectors.Count; i++)
        {
            if (!ReadAt(file, Offset(fatSectors[i], sectorSize), buffer))
                return null;
            for (int j = 0; j < perSector; j++)
                fat[i * perSector + j] = U32(buffer, 4 * j);
        }
        return fat;
    }

    static List<string>? Directory(Stream file, uint first, uint[] fat, int sectorSize, long sectorCount)
    {
        var names = new List<string>();
        bool rootFirst = false;
        var seen = new HashSet<uint>();
        var buffer = new byte[sectorSize];
        for (uint s = first; s <= LastRegularSector; s = s < fat.Length ? fat[s] : uint.MaxValue)
        {
            if (s >= sectorCount || !seen.Add(s) || !ReadAt(file, Offset(s, sectorSize), buffer))
                return null;
            for (int at = 0; at + EntrySize <= sectorSize; at += EntrySize)
            {
                byte type = buffer[at + 66];
                if (type is not (1 or 2 or 5))
                    continue;
                int nameBytes = U16(buffer, at + 64);
                if (nameBytes < 2 || nameBytes > 64 || nameBytes % 2 != 0)
                    return null;
                if (names.Count == 0)
                    rootFirst = type == 5;
                names.Add(Encoding.Unicode.GetString(buffer, at, nameBytes - 2));
            }
        }
        // Entry 0 is always the root storage; without it nothing else can be trusted.
        return rootFirst ? names : null;
    }

    static long Offset(uint sector, int sectorSize) => ((long)sector + 1) * sectorSize;

    static bool ReadAt(Stream file, long offset, byte[] buffer)
    {
        if (offset + buffer.Length > file.Length)
            return false;
        file.Position = offset;
        return file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length;
    }

    static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at));

    static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));
}
