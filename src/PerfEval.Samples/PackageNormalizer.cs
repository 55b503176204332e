using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PerfEval.Samples;

/// <summary>
/// Makes a written package byte-for-byte reproducible, so regenerating the samples leaves the committed files
/// unchanged: System.IO.Packaging names the core-properties part after a random GUID and gives package
/// relationships random ids, and zip entries carry the time of writing.
/// </summary>
public static partial class PackageNormalizer
{
    public static readonly DateTime Fixed = new(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const string CorePart = "docProps/core.xml";
    private const string CoreType = "application/vnd.openxmlformats-package.core-properties+xml";

    [GeneratedRegex(@"Id=""(R[0-9a-f]{16})""")]
    private static partial Regex RandomId();

    [GeneratedRegex("""package/services/metadata/core-properties/[0-9a-f]+\.psmdcp""")]
    private static partial Regex CoreName();

    [GeneratedRegex("""<Default Extension="psmdcp" ContentType="[^"]*" />""")]
    private static partial Regex CoreDefault();

    /// <param name="fix">Optional further rewrite of an XML part, given its entry name and text.</param>
    public static void Normalize(string path, Func<string, string, string>? fix = null)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var zip = ZipFile.OpenRead(path))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        var ids = new Dictionary<string, string>();
        foreach (var (name, data) in entries.Where(e => e.Name.EndsWith(".rels")))
            foreach (Match m in RandomId().Matches(Encoding.UTF8.GetString(data)))
                ids.TryAdd(m.Groups[1].Value, $"rIdPkg{ids.Count + 1}");

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var newName = CoreName().IsMatch(name) ? CorePart : name;
                var newData = IsXml(name) ? Rewrite(name, data, ids, fix) : data;
                var entry = zip.CreateEntry(newName, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(Fixed);
                using var stream = entry.Open();
                stream.Write(newData);
            }
        }
        File.WriteAllBytes(path, output.ToArray());
    }

    private static bool IsXml(string name) => name.EndsWith(".xml") || name.EndsWith(".rels");

    private static byte[] Rewrite(string name, byte[] data, Dictionary<string, string> ids, Func<string, string, string>? fix)
    {
        var text = Encoding.UTF8.GetString(data);
        var changed = fix?.Invoke(name, text) ?? text;
        changed = CoreName().Replace(changed, CorePart);
        changed = CoreDefault().Replace(changed, $"<Override PartName=\"/{CorePart}\" ContentType=\"{CoreType}\" />");
        foreach (var (from, to) in ids)
            changed = changed.Replace($"\"{from}\"", $"\"{to}\"");
        // A byte-order mark decodes to U+FEFF and encodes back unchanged.
        return changed == text ? data : Encoding.UTF8.GetBytes(changed);
    }
}
