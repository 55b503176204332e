using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PerfEval.Readers;

namespace PerfEval.Writers.Docx;

/// <summary>
/// The copy of an input .docx: every entry of the package (opened read-only by
/// the readers' <see cref="OfficePackage"/>, under the same limits) copied in its
/// order, name and date, and only the parts given as replacements (or added)
/// different. Also the few package edits a copy needs: a relationship, a content
/// type, a free part name.
/// </summary>
internal static class DocxPackage
{
    const string RelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    const string TypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string ContentTypesPart = "[Content_Types].xml";

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
    public static string FreeName(OfficePackage package, string folder, string stem, string extension)
    {
        var name = folder + stem + extension;
        for (int k = 1; package.Has(name); k++) name = folder + stem + k + extension;
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
    public static void WriteCopy(OfficePackage package, Stream target, IReadOnlyDictionary<string, byte[]> parts, DateTimeOffset addedAt)
    {
        var pending = new Dictionary<string, byte[]>(parts, StringComparer.OrdinalIgnoreCase);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in package.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entry.LastWriteTime;
            if (entry.FullName.EndsWith('/')) continue;
            using var to = copy.Open();
            if (pending.Remove(entry.FullName.Replace('\\', '/').TrimStart('/'), out var bytes))
                to.Write(bytes);
            else
            {
                using var from = package.OpenEntry(entry);
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
}
