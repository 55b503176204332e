using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PerfEval.Readers;

namespace PerfEval.Writers.Docx;

/// <summary>
/// The input .docx as a zip opened for reading only, and the copy written from
/// it: every entry is copied in its order, name and date, and only the parts
/// given as replacements (or added) differ.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    const string RelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    const string TypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string ContentTypesPart = "[Content_Types].xml";

    readonly ZipArchive zip;
    readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.OrdinalIgnoreCase);
    readonly long maxPartBytes;

    public DocxPackage(string path, long maxPartBytes)
    {
        this.maxPartBytes = maxPartBytes;
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch
        {
            file.Dispose();
            throw;
        }
        foreach (var e in zip.Entries)
            entries.TryAdd(Normalize(e.FullName), e);
        MainPart = FindMainPart();
    }

    /// <summary>word/document.xml, or wherever the package's officeDocument relationship points.</summary>
    public string MainPart { get; }

    public bool Has(string part) => entries.ContainsKey(part);

    static string Normalize(string name) => name.Replace('\\', '/').TrimStart('/');

    /// <summary>The relationships part of a part: word/_rels/document.xml.rels.</summary>
    public static string RelsOf(string part)
    {
        int slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    public static string FolderOf(string part) => part[..(part.LastIndexOf('/') + 1)];

    /// <summary>Parses a part with comments, whitespace and processing instructions kept, DTDs refused, size bounded.</summary>
    public XDocument Load(string part)
    {
        var entry = entries[part];
        using var stream = new BoundedStream(entry.Open(), maxPartBytes,
            () => new InvalidDataException($"{part} 解压后超过 {maxPartBytes / (1024 * 1024)} MB"));
        using var reader = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>Relationships of a part: (Id, Type, target part name); external targets left out.</summary>
    public IEnumerable<(string Id, string Type, string Target)> Relationships(XDocument? rels, string source)
    {
        if (rels?.Root is null) yield break;
        foreach (var r in rels.Root.Elements(XName.Get("Relationship", RelsNs)))
        {
            if ((string?)r.Attribute("TargetMode") == "External") continue;
            string? id = (string?)r.Attribute("Id"), type = (string?)r.Attribute("Type"), target = (string?)r.Attribute("Target");
            if (id is null || type is null || target is null) continue;
            yield return (id, type, OfficePackage.Resolve(source, target));
        }
    }

    string FindMainPart()
    {
        if (Has("_rels/.rels"))
            foreach (var (_, type, target) in Relationships(Load("_rels/.rels"), ""))
                if (type.EndsWith("/officeDocument", StringComparison.Ordinal) && Has(target))
                    return target;
        if (Has("word/document.xml")) return "word/document.xml";
        throw new InvalidDataException("文件中没有 Word 正文部件（word/document.xml）");
    }

    public static XDocument NewRelationships() =>
        new(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(XName.Get("Relationships", RelsNs)));

    /// <summary>Adds a relationship with an Id not yet used (rId1, rId2…) and returns the Id.</summary>
    public static string AddRelationship(XDocument rels, string type, string target)
    {
        var name = XName.Get("Relationship", RelsNs);
        var used = rels.Root!.Elements(name).Select(r => (string?)r.Attribute("Id")).Where(i => i is not null).ToHashSet(StringComparer.Ordinal);
        int k = 1;
        while (used.Contains("rId" + k)) k++;
        var id = "rId" + k;
        rels.Root.Add(new XElement(name, new XAttribute("Id", id), new XAttribute("Type", type), new XAttribute("Target", target)));
        return id;
    }

    /// <summary>Makes sure the package declares the content type of a part (an Override).</summary>
    public static bool DeclareContentType(XDocument types, string part, string contentType)
    {
        var name = XName.Get("Override", TypesNs);
        var partName = "/" + part;
        if (types.Root!.Elements(name).Any(o => string.Equals((string?)o.Attribute("PartName"), partName, StringComparison.OrdinalIgnoreCase)))
            return false;
        types.Root.Add(new XElement(name, new XAttribute("PartName", partName), new XAttribute("ContentType", contentType)));
        return true;
    }

    /// <summary>A part name in the folder that no entry uses yet: word/comments.xml, word/comments1.xml…</summary>
    public string FreeName(string folder, string stem, string extension)
    {
        var name = folder + stem + extension;
        for (int k = 1; Has(name); k++) name = folder + stem + k + extension;
        return name;
    }

    public static byte[] Serialize(XDocument doc)
    {
        using var ms = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.None };
        using (var w = XmlWriter.Create(ms, settings))
            doc.Save(w);
        return ms.ToArray();
    }

    /// <summary>Writes the copy to <paramref name="target"/>: entries in their order, replacements in place, new parts last.</summary>
    public void WriteCopy(Stream target, IReadOnlyDictionary<string, byte[]> parts, DateTimeOffset addedAt)
    {
        var pending = new Dictionary<string, byte[]>(parts, StringComparer.OrdinalIgnoreCase);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in zip.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entry.LastWriteTime;
            if (entry.FullName.EndsWith('/')) continue;
            using var to = copy.Open();
            if (pending.Remove(Normalize(entry.FullName), out var bytes))
                to.Write(bytes);
            else
            {
                using var from = new BoundedStream(entry.Open(), maxPartBytes,
                    () => new InvalidDataException($"{entry.FullName} 解压后超过 {maxPartBytes / (1024 * 1024)} MB"));
                from.CopyTo(to);
            }
        }
        foreach (var (name, bytes) in pending)
        {
            var added = output.CreateEntry(name, CompressionLevel.Optimal);
            added.LastWriteTime = addedAt;
            using var to = added.Open();
            to.Write(bytes);
        }
    }

    public void Dispose() => zip.Dispose();
}
