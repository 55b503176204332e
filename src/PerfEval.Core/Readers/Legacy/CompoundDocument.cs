using System.Buffers.Binary;
using System.Text;

namespace PerfEval.Readers.Legacy;

/// <summary>One stream or storage of a compound file's directory.</summary>
internal sealed record CompoundEntry(int Index, string Name, byte Type, uint Left, uint Right, uint Child, uint Start, long Size);

/// <summary>
/// The OLE compound file format ([MS-CFB]) as far as legacy Office files
/// need it: header, DIFAT, FAT, mini FAT and mini stream, directory, and
/// streams read whole. Every sector number is range-checked and every chain
/// is followed at most once per sector, so a crafted file (a loop, a FAT
/// pointing past the end, a stream claiming gigabytes) fails at once with a
/// reason instead of spinning or allocating.
/// </summary>
internal sealed class CompoundDocument
{
    public static ReadOnlySpan<byte> Signature => new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    const int HeaderSize = 512, EntrySize = 128, HeaderDifat = 109;
    const uint MaxRegular = 0xFFFFFFFA, EndOfChain = 0xFFFFFFFE, NoStream = 0xFFFFFFFF;
    const byte StorageType = 1, StreamType = 2, RootType = 5;

    readonly Stream file;
    readonly int sectorSize;
    readonly long sectorCount;
    readonly uint[] fat;
    readonly uint[] miniFat;
    readonly uint miniCutoff;
    readonly List<CompoundEntry> entries;
    byte[]? miniStream;

    CompoundDocument(Stream file, int sectorSize, long sectorCount, uint[] fat, uint[] miniFat, uint miniCutoff, List<CompoundEntry> entries)
    {
        this.file = file;
        this.sectorSize = sectorSize;
        this.sectorCount = sectorCount;
        this.fat = fat;
        this.miniFat = miniFat;
        this.miniCutoff = miniCutoff;
        this.entries = entries;
    }

    public IReadOnlyList<CompoundEntry> Entries => entries;

    /// <summary>The streams directly inside the root storage (not those of embedded objects).</summary>
    public IEnumerable<CompoundEntry> RootStreams => Children(entries[0]).Where(e => e.Type == StreamType);

    public IEnumerable<string> RootNames => Children(entries[0]).Select(e => e.Name);

    public bool IsEncrypted => RootNames.Any(n => n is "EncryptedPackage" or "EncryptionInfo");

    public CompoundEntry? Find(string name) =>
        RootStreams.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses the structure; throws UnreadableFileException naming what is wrong.</summary>
    public static CompoundDocument Open(Stream file)
    {
        long length = file.Length;
        var header = new byte[HeaderSize];
        if (length < HeaderSize || !ReadAt(file, 0, header) || !header.AsSpan(0, 8).SequenceEqual(Signature))
            throw Bad("文件头不是 OLE 复合文档的标志");
        if (U16(header, 28) != 0xFFFE)
            throw Bad("字节序标记无效");
        int major = U16(header, 26), shift = U16(header, 30);
        if (!(major == 3 && shift == 9) && !(major == 4 && shift == 12))
            throw Bad($"扇区大小无效（版本 {major}，2^{shift} 字节）");
        if (U16(header, 32) != 6)
            throw Bad("迷你扇区大小无效");
        int sectorSize = 1 << shift;
        long sectorCount = (length - HeaderSize + sectorSize - 1) / sectorSize;
        if (major == 4)
            sectorCount = (length - sectorSize + sectorSize - 1) / sectorSize;
        if (sectorCount <= 0)
            throw Bad("没有任何数据扇区");

        var fatSectors = FatSectors(file, header, sectorSize, sectorCount);
        var fat = new uint[fatSectors.Count * (sectorSize / 4)];
        var buffer = new byte[sectorSize];
        for (int i = 0; i < fatSectors.Count; i++)
        {
            if (!ReadSector(file, fatSectors[i], sectorSize, buffer))
                throw Bad("FAT 扇区超出文件末尾");
            for (int j = 0; j < sectorSize / 4; j++)
                fat[i * (sectorSize / 4) + j] = U32(buffer, 4 * j);
        }

        var doc = new CompoundDocument(file, sectorSize, sectorCount, fat, Array.Empty<uint>(), U32(header, 56), new List<CompoundEntry>());
        var dirBytes = doc.ReadChain(U32(header, 48), long.MaxValue, "目录");
        doc.ReadDirectory(dirBytes, major);
        uint miniStart = U32(header, 60);
        if (miniStart <= MaxRegular)
        {
            var miniBytes = doc.ReadChain(miniStart, (long)U32(header, 64) * sectorSize, "迷你 FAT");
            var mini = new uint[miniBytes.Length / 4];
            for (int i = 0; i < mini.Length; i++)
                mini[i] = U32(miniBytes, 4 * i);
            doc = new CompoundDocument(file, sectorSize, sectorCount, fat, mini, doc.miniCutoff, doc.entries);
        }
        return doc;
    }

    static List<uint> FatSectors(Stream file, byte[] header, int sectorSize, long sectorCount)
    {
        uint declared = U32(header, 44);
        if (declared == 0 || declared > sectorCount)
            throw Bad($"FAT 扇区数 {declared} 超出范围");
        var list = new List<uint>();
        for (int i = 0; i < HeaderDifat && list.Count < declared; i++)
        {
            uint s = U32(header, 76 + 4 * i);
            if (s <= MaxRegular)
                list.Add(s);
        }
        uint next = U32(header, 68);
        var seen = new HashSet<uint>();
        var buffer = new byte[sectorSize];
        while (list.Count < declared && next <= MaxRegular)
        {
            if (next >= sectorCount)
                throw Bad("DIFAT 扇区编号超出文件范围");
            if (!seen.Add(next))
                throw Bad("DIFAT 扇区链循环");
            if (!ReadSector(file, next, sectorSize, buffer))
                throw Bad("DIFAT 扇区超出文件末尾");
            for (int i = 0; i < sectorSize / 4 - 1 && list.Count < declared; i++)
            {
                uint s = U32(buffer, 4 * i);
                if (s <= MaxRegular)
                    list.Add(s);
            }
            next = U32(buffer, sectorSize - 4);
        }
        if (list.Count != declared)
            throw Bad("DIFAT 中的 FAT 扇区数与文件头不符");
        if (list.Any(s => s >= sectorCount))
            throw Bad("FAT 扇区编号超出文件范围");
        return list;
    }

    void ReadDirectory(byte[] bytes, int major)
    {
        for (int at = 0; at + EntrySize <= bytes.Length; at += EntrySize)
        {
            byte type = bytes[at + 66];
            int nameBytes = U16(bytes, at + 64);
            string name = type is StorageType or StreamType or RootType && nameBytes is >= 2 and <= 64 && nameBytes % 2 == 0
                ? Encoding.Unicode.GetString(bytes, at, nameBytes - 2)
                : "";
            long size = major == 3 ? U32(bytes, at + 120) : (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at + 120));
            entries.Add(new CompoundEntry(entries.Count, name, type, U32(bytes, at + 68), U32(bytes, at + 72), U32(bytes, at + 76), U32(bytes, at + 116), size));
        }
        if (entries.Count == 0 || entries[0].Type != RootType)
            throw Bad("目录的第一项不是根存储");
    }

    /// <summary>The entries of a storage: an in-order walk of its sibling tree, each entry visited once.</summary>
    IEnumerable<CompoundEntry> Children(CompoundEntry storage)
    {
        var result = new List<CompoundEntry>();
        var seen = new HashSet<uint>();
        var stack = new Stack<uint>();
        if (storage.Child != NoStream)
            stack.Push(storage.Child);
        while (stack.Count > 0)
        {
            uint id = stack.Pop();
            if (id >= entries.Count || !seen.Add(id))
                continue; // a dangling or repeated link: the rest of the tree is still usable
            var e = entries[(int)id];
            if (e.Type is not (StorageType or StreamType))
                continue;
            result.Add(e);
            if (e.Left != NoStream) stack.Push(e.Left);
            if (e.Right != NoStream) stack.Push(e.Right);
        }
        return result;
    }

    /// <summary>A stream's bytes; its size is checked against the file and <paramref name="maxBytes"/> before anything is allocated.</summary>
    public byte[] ReadStream(CompoundEntry entry, long maxBytes)
    {
        if (entry.Size > maxBytes)
            throw ReadErrors.TooLarge($"数据流 {entry.Name}", maxBytes);
        if (entry.Size > file.Length)
            throw Bad($"数据流 {entry.Name} 声明的大小超过了整个文件");
        if (entry.Size < miniCutoff && entry.Index != 0)
            return ReadMini(entry);
        return ReadChain(entry.Start, entry.Size, $"数据流 {entry.Name}", exact: true);
    }

    byte[] ReadMini(CompoundEntry entry)
    {
        miniStream ??= ReadChain(entries[0].Start, entries[0].Size, "迷你数据流", exact: true);
        var result = new byte[entry.Size];
        uint s = entry.Start;
        var seen = new HashSet<uint>();
        for (long done = 0; done < entry.Size; done += 64)
        {
            if (s >= miniFat.Length || (long)(s + 1) * 64 > miniStream.Length)
                throw Bad($"数据流 {entry.Name} 的迷你扇区编号超出范围");
            if (!seen.Add(s))
                throw Bad($"数据流 {entry.Name} 的迷你扇区链循环");
            int n = (int)Math.Min(64, entry.Size - done);
            Array.Copy(miniStream, (long)s * 64, result, done, n);
            s = miniFat[s];
        }
        return result;
    }

    /// <summary>Follows a FAT chain. With <paramref name="exact"/>, the chain must hold the size; else it is read to its end (at most the size).</summary>
    byte[] ReadChain(uint start, long size, string what, bool exact = false)
    {
        long maxBytes = Math.Min(size, sectorCount * (long)sectorSize);
        var output = new MemoryStream();
        var buffer = new byte[sectorSize];
        var seen = new HashSet<uint>();
        uint s = start;
        while (output.Length < maxBytes && s != EndOfChain)
        {
            if (s > MaxRegular || s >= sectorCount || s >= fat.Length)
                throw Bad($"{what}的扇区编号 {s} 超出文件范围");
            if (!seen.Add(s))
                throw Bad($"{what}的扇区链循环");
            if (!ReadSector(file, s, sectorSize, buffer))
                throw Bad($"{what}的扇区超出文件末尾");
            output.Write(buffer, 0, (int)Math.Min(sectorSize, maxBytes - output.Length));
            s = fat[s];
        }
        if (exact && output.Length < size)
            throw Bad($"{what}比声明的大小短（文件可能被截断）");
        return output.ToArray();
    }

    static bool ReadSector(Stream file, uint sector, int sectorSize, byte[] buffer) =>
        ReadAt(file, ((long)sector + 1) * sectorSize, buffer);

    static bool ReadAt(Stream file, long offset, byte[] buffer)
    {
        if (offset + buffer.Length > file.Length)
        {
            // The last sector may be cut short by a writer that does not pad; read what is there, zero the rest.
            if (offset >= file.Length)
                return false;
            Array.Clear(buffer);
        }
        file.Position = offset;
        file.ReadAtLeast(buffer, (int)Math.Min(buffer.Length, file.Length - offset), throwOnEndOfStream: false);
        return true;
    }

    static UnreadableFileException Bad(string what) => LegacyErrors.BadCompound(what);

    static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at));

    static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));
}
