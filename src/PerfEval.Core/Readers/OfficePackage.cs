using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace PerfEval.Readers;

internal readonly record struct PackageRelationship(string Id, string Type, string Target);

/// <summary>
/// A .docx or .xlsx opened read-only as a plain zip: finds parts by name
/// (case-insensitively, as OPC requires), follows relationships, and hands
/// out size-bounded, DTD-free XmlReaders. Shared by both readers so that
/// neither loads the OpenXML SDK DOM, and by `fix --docx`, which loads the
/// parts it rewrites (<see cref="Load"/>) and copies the rest (<see cref="Entries"/>).
/// </summary>
internal sealed class OfficePackage : IDisposable
{
    const string RelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    readonly ZipArchive zip;
    readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.OrdinalIgnoreCase);
    readonly ReaderLimits limits;

    public OfficeKind Kind { get; }
    /// <summary>Name of the main part (word/document.xml, xl/workbook.xml), without a leading slash.</summary>
    public string MainPart { get; }

    OfficePackage(ZipArchive zip, OfficeKind kind, ReaderLimits limits)
    {
        this.zip = zip;
        this.limits = limits;
        Kind = kind;
        foreach (var entry in zip.Entries)
            entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        MainPart = FindMainPart();
    }

    public static OfficePackage Open(string path, OfficeKind kind, ReaderLimits limits)
    {
        var file = OpenFile(path);
        try
        {
            FileSignature.RequireZip(file, kind);
            ZipArchive zip;
            try
            {
                zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: false);
            }
            catch (InvalidDataException e)
            {
                throw ReadErrors.CorruptZip(kind, e);
            }
            try
            {
                return new OfficePackage(zip, kind, limits);
            }
            catch
            {
                zip.Dispose();
                throw;
            }
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    static FileStream OpenFile(string path)
    {
        // A FIFO or a device named .docx reports size 0; opening it would block or never end.
        if (new FileInfo(path) is { Exists: true, Length: 0 })
            throw ReadErrors.Empty();
        try
        {
            // ReadWrite sharing lets us read a file that Word or Excel still has open.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw ReadErrors.NotFound(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw ReadErrors.NoAccess(e);
        }
    }

    public bool Has(string part) => entries.ContainsKey(part);

    /// <summary>The zip's entries in their stored order, for a writer that copies the package.</summary>
    public IReadOnlyList<ZipArchiveEntry> Entries => zip.Entries;

    /// <summary>An entry's bytes, inflated under the part-size limit.</summary>
    public Stream OpenEntry(ZipArchiveEntry entry) =>
        new BoundedStream(entry.Open(), limits.MaxPartBytes, () => ReadErrors.TooLarge(entry.FullName, limits.MaxPartBytes));

    /// <summary>
    /// Loads a part to rewrite it: whitespace, comments and processing instructions
    /// kept, line positions recorded (they match the <see cref="Grid.SourcePosition"/>s
    /// the Word reader gives its cells), DTDs refused and size bounded as for reading.
    /// </summary>
    public XDocument Load(string part) => Parse(part, null, keepAll: true,
        reader => XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo));

    /// <summary>Parses one part with a safe reader; XML and inflate errors name the part.</summary>
    public T Parse<T>(string part, XmlNameTable? names, Func<XmlReader, T> parse) => Parse(part, names, keepAll: false, parse);

    T Parse<T>(string part, XmlNameTable? names, bool keepAll, Func<XmlReader, T> parse)
    {
        if (!entries.TryGetValue(part, out var entry))
            throw ReadErrors.MissingPart(Kind, part);
        if (entry.Length > limits.MaxPartBytes)
            throw ReadErrors.TooLarge(part, limits.MaxPartBytes);
        try
        {
            var stream = new BoundedStream(entry.Open(), limits.MaxPartBytes, () => ReadErrors.TooLarge(part, limits.MaxPartBytes));
            using var reader = XmlReader.Create(stream, Settings(names, keepAll));
            return parse(reader);
        }
        catch (XmlException e)
        {
            throw ReadErrors.BadXml(Kind, part, e);
        }
        catch (InvalidDataException e)
        {
            throw ReadErrors.CorruptPart(Kind, part, e);
        }
    }

    static XmlReaderSettings Settings(XmlNameTable? names, bool keepAll) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = !keepAll,
        IgnoreProcessingInstructions = !keepAll,
        CloseInput = true,
        NameTable = names,
    };

    /// <summary>The relationships of a part ("" for the package); empty when it has none.</summary>
    public List<PackageRelationship> Relationships(string sourcePart)
    {
        var list = new List<PackageRelationship>();
        string relsPart = RelsOf(sourcePart);
        if (!Has(relsPart))
            return list;
        return Parse(relsPart, null, r =>
        {
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element || r.LocalName != "Relationship" || r.NamespaceURI != RelsNs)
                    continue;
                if (r.GetAttribute("TargetMode") == "External")
                    continue;
                string? id = r.GetAttribute("Id"), type = r.GetAttribute("Type"), target = r.GetAttribute("Target");
                if (id is not null && type is not null && target is not null)
                    list.Add(new(id, type, Resolve(sourcePart, target)));
            }
            return list;
        });
    }

    /// <summary>The relationships part of a part: word/_rels/document.xml.rels; _rels/.rels for the package ("").</summary>
    public static string RelsOf(string part)
    {
        if (part.Length == 0)
            return "_rels/.rels";
        int slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    /// <summary>The folder of a part, with its slash: word/.</summary>
    public static string FolderOf(string part) => part[..(part.LastIndexOf('/') + 1)];

    /// <summary>Turns a relationship target into a part name, relative to the source part's folder.</summary>
    public static string Resolve(string sourcePart, string target)
    {
        target = target.Replace('\\', '/');
        if (target.Contains('%'))
            target = Uri.UnescapeDataString(target);
        string joined = target.StartsWith('/')
            ? target
            : sourcePart[..(sourcePart.LastIndexOf('/') + 1)] + target;
        var segments = new List<string>();
        foreach (var segment in joined.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
                continue;
            if (segment == "..")
            {
                if (segments.Count > 0)
                    segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    string FindMainPart()
    {
        foreach (var rel in Relationships(""))
            if (rel.Type.EndsWith("/officeDocument", StringComparison.Ordinal) && Has(rel.Target))
                return rel.Target;
        string expected = Kind == OfficeKind.Word ? "word/document.xml" : "xl/workbook.xml";
        if (Has(expected))
            return expected;
        string other = Kind == OfficeKind.Word ? "xl/workbook.xml" : "word/document.xml";
        throw ReadErrors.NoMainPart(Kind, expected, Has(other));
    }

    public void Dispose() => zip.Dispose();
}
