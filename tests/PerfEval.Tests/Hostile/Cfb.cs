using System.Buffers.Binary;
using System.Text;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// Builds a minimal but valid OLE compound file (MS-CFB version 3, 512-byte
/// sectors): one root storage holding the given streams, each padded to at
/// least 4096 bytes so it lives in regular sectors and no mini stream is
/// needed. Enough to stand for a legacy .doc/.xls or an encrypted Office file.
/// </summary>
internal static class Cfb
{
    const int Sector = 512;
    const uint EndOfChain = 0xFFFFFFFE, FatSector = 0xFFFFFFFD, Free = 0xFFFFFFFF, NoStream = 0xFFFFFFFF;

    public static byte[] Build(params (string Name, byte[] Data)[] streams)
    {
        var padded = streams.Select(s => (s.Name, Data: s.Data.Length >= 4096 ? s.Data : s.Data.Concat(new byte[4096 - s.Data.Length]).ToArray())).ToList();
        int entries = padded.Count + 1;
        int dirSectors = (entries + 3) / 4;
        int dataSectors = padded.Sum(s => (s.Data.Length + Sector - 1) / Sector);
        int fatSectors = 1;
        while (fatSectors * (Sector / 4) < fatSectors + dirSectors + dataSectors)
            fatSectors++;
        if (fatSectors > 109)
            throw new ArgumentException("streams too large for a header-only DIFAT");

        int total = fatSectors + dirSectors + dataSectors;
        var fat = Enumerable.Repeat(Free, fatSectors * (Sector / 4)).ToArray();
        for (int i = 0; i < fatSectors; i++)
            fat[i] = FatSector;
        int next = fatSectors;
        int firstDir = Chain(fat, ref next, dirSectors);
        var starts = padded.Select(s => Chain(fat, ref next, (s.Data.Length + Sector - 1) / Sector)).ToList();

        var file = new byte[Sector * (1 + total)];
        var h = file.AsSpan(0, Sector);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(h);
        U16(h, 24, 0x3E);
        U16(h, 26, 3);
        U16(h, 28, 0xFFFE);
        U16(h, 30, 9);
        U16(h, 32, 6);
        U32(h, 44, (uint)fatSectors);
        U32(h, 48, (uint)firstDir);
        U32(h, 56, 4096);
        U32(h, 60, EndOfChain);
        U32(h, 68, EndOfChain);
        for (int i = 0; i < 109; i++)
            U32(h, 76 + 4 * i, i < fatSectors ? (uint)i : Free);

        for (int i = 0; i < fat.Length; i++)
            U32(SectorSpan(file, i / (Sector / 4)), 4 * (i % (Sector / 4)), fat[i]);

        var dir = file.AsSpan(Offset(firstDir), dirSectors * Sector);
        // Every entry black; the root's child is the first stream and each stream's right sibling the next.
        // A degenerate tree, but a valid one: readers look names up by walking it.
        Entry(dir, 0, "Root Entry", 5, NoStream, padded.Count > 0 ? 1u : NoStream, EndOfChain, 0);
        for (int i = 0; i < padded.Count; i++)
        {
            uint right = i + 1 < padded.Count ? (uint)(i + 2) : NoStream;
            Entry(dir, i + 1, padded[i].Name, 2, right, NoStream, (uint)starts[i], padded[i].Data.Length);
            padded[i].Data.CopyTo(file.AsSpan(Offset(starts[i])));
        }
        for (int i = entries; i < dirSectors * 4; i++)
        {
            var e = dir.Slice(i * 128, 128);
            U32(e, 68, NoStream);
            U32(e, 72, NoStream);
            U32(e, 76, NoStream);
        }
        return file;
    }

    /// <summary>What an Office file protected by a password to open looks like from outside.</summary>
    public static byte[] Encrypted() => Build(
        ("EncryptionInfo", new byte[] { 4, 0, 4, 0, 0x40, 0, 0, 0 }),
        ("EncryptedPackage", Enumerable.Range(0, 5000).Select(i => (byte)(i * 31)).ToArray()));

    static int Chain(uint[] fat, ref int next, int count)
    {
        if (count == 0)
            return unchecked((int)EndOfChain);
        int first = next;
        for (int i = 0; i < count; i++, next++)
            fat[next] = i == count - 1 ? EndOfChain : (uint)(next + 1);
        return first;
    }

    static void Entry(Span<byte> dir, int index, string name, byte type, uint right, uint child, uint start, long size)
    {
        var e = dir.Slice(index * 128, 128);
        var bytes = Encoding.Unicode.GetBytes(name);
        bytes.CopyTo(e);
        U16(e, 64, (ushort)(bytes.Length + 2));
        e[66] = type;
        e[67] = 1;
        U32(e, 68, NoStream);
        U32(e, 72, right);
        U32(e, 76, child);
        U32(e, 116, start);
        U32(e, 120, (uint)size);
    }

    static int Offset(int sector) => (sector + 1) * Sector;

    static Span<byte> SectorSpan(byte[] file, int sector) => file.AsSpan(Offset(sector), Sector);

    static void U16(Span<byte> b, int at, ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(b[at..], v);

    static void U32(Span<byte> b, int at, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(b[at..], v);
}
