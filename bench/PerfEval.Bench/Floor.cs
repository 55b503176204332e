using System.IO.Compression;
using System.Xml;

namespace PerfEval.Bench;

/// <summary>
/// The floor: what merely opening the files costs. Each file is opened as a
/// zip and every XML part inflated and read node by node with an XmlReader,
/// nothing kept — the least any reader of these files must do. With
/// `--inflate` it only inflates the same parts (no XML parsing): the floor
/// under any XML reader, a tokenizer of one's own included. It runs in its
/// own process, as perfeval does, on as many threads.
/// </summary>
public static class Floor
{
    public static int Run(string[] args)
    {
        int jobs = Environment.ProcessorCount;
        var paths = new List<string>();
        bool inflateOnly = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "--jobs" or "-j") jobs = int.Parse(args[++i]);
            else if (args[i] == "--inflate") inflateOnly = true;
            else paths.Add(args[i]);
        }
        var files = Expand(paths);
        long xmlBytes = 0, nodes = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = jobs }, file =>
        {
            var (b, n) = inflateOnly ? Inflate(file) : Scan(file);
            Interlocked.Add(ref xmlBytes, b);
            Interlocked.Add(ref nodes, n);
        });
        Console.WriteLine($"files {files.Count} xml-bytes {xmlBytes} nodes {nodes}");
        return 0;
    }

    static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The parts both floors read: every XML part and relationship list.</summary>
    static bool IsXmlPart(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    public static (long Bytes, long Nodes) Scan(string file)
    {
        long bytes = 0, nodes = 0;
        using var zip = ZipFile.OpenRead(file);
        foreach (var entry in zip.Entries)
        {
            if (!IsXmlPart(entry)) continue;
            bytes += entry.Length;
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, Settings);
            while (reader.Read()) nodes++;
        }
        return (bytes, nodes);
    }

    /// <summary>The same parts inflated into a reused buffer and dropped; "nodes" counts buffers read.</summary>
    public static (long Bytes, long Nodes) Inflate(string file)
    {
        long bytes = 0, reads = 0;
        var buffer = new byte[64 * 1024];
        using var zip = ZipFile.OpenRead(file);
        foreach (var entry in zip.Entries)
        {
            if (!IsXmlPart(entry)) continue;
            bytes += entry.Length;
            using var stream = entry.Open();
            while (stream.Read(buffer, 0, buffer.Length) > 0) reads++;
        }
        return (bytes, reads);
    }

    /// <summary>Folders recursively, .docx and .xlsx only, as perfeval takes them.</summary>
    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (File.Exists(p)) files.Add(p);
            else
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal));
        }
        return files;
    }
}
