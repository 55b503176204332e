using System.IO.Compression;
using System.Text;
using CsCheck;

namespace PerfEval.Tests.Fuzz;

/// <summary>One change to a byte string: overwrite, insert, delete, truncate, duplicate, or insert a markup token.</summary>
internal sealed record Edit(int Kind, int Position, int Length, byte[] Bytes, int Token)
{
    public override string ToString() => $"{Kind}@{Position}/{Length}[{Bytes.Length}]#{Token}";
}

/// <summary>Generators of damaged files: random edits of the bytes, or of one part inside the zip.</summary>
internal static class Mutations
{
    /// <summary>Markup that makes readers take unusual paths: structure, merges, huge spans, DTDs, odd numbers, escapes.</summary>
    static readonly byte[][] Tokens = new[]
    {
        "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:p>", "</w:p>", "<w:t>", "</w:t>",
        "<w:gridSpan w:val=\"2147483647\"/>", "<w:gridSpan w:val=\"-1\"/>", "<w:vMerge/>", "<w:vMerge w:val=\"restart\"/>", "<w:hMerge/>",
        "<w:gridBefore w:val=\"99999\"/>", "<w:fldChar w:fldCharType=\"begin\"/>", "<w:fldChar w:fldCharType=\"end\"/>", "<w:br/>",
        "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "&a;", "&amp;", "&#0;", "&#xD800;",
        "<c r=\"XFD1048576\"><v>1</v></c>", "<c r=\"A1\" t=\"s\"><v>999999</v></c>", "<c r=\"B2\"><v>1E+308</v></c>", "<c r=\"C3\"><v>NaN</v></c>",
        "<c t=\"inlineStr\"><is><t>_xD800_</t></is></c>", "_x000D_", "_xD83D__xDE00_", "_xDC00_", "<mergeCell ref=\"A1:XFD1048576\"/>",
        "<mergeCell ref=\"B2:A1\"/>", "<row r=\"0\">", "<row r=\"1048577\">", "</row>", "<sheet name=\"x\" sheetId=\"9\" r:id=\"rId999\"/>",
        "<numFmt numFmtId=\"9\" formatCode=\"0.00%\"/>", "<xf numFmtId=\"10\"/>", " s=\"99999\"", " t=\"e\"", " t=\"b\"", " t=\"str\"",
        "Target=\"../../../../etc/passwd\"", "Target=\"/xl/worksheets/sheet1.xml\"", "\"", "<", ">", "\u00A0", "项目名称", "总分", "绩效指标",
    }.Select(Encoding.UTF8.GetBytes).ToArray();

    public static readonly Gen<Edit> EditGen = Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, 1024], Gen.Byte.Array[1, 32], Gen.Int[0, Tokens.Length - 1],
        (kind, pos, len, bytes, token) => new Edit(kind, pos, len, bytes, token));

    public static readonly Gen<Edit[]> Edits = EditGen.Array[1, 6];

    public static byte[] Apply(byte[] data, IEnumerable<Edit> edits)
    {
        var bytes = new List<byte>(data);
        foreach (var e in edits)
        {
            int at = bytes.Count == 0 ? 0 : e.Position % (bytes.Count + 1);
            int len = Math.Min(e.Length, bytes.Count - at);
            switch (e.Kind)
            {
                case 0:
                    for (int i = 0; i < e.Bytes.Length && at + i < bytes.Count; i++) bytes[at + i] = e.Bytes[i];
                    break;
                case 1:
                    bytes.InsertRange(at, e.Bytes);
                    break;
                case 2:
                    bytes.RemoveRange(at, len);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    bytes.InsertRange(at, bytes.GetRange(Math.Max(0, at - len), Math.Min(len, at)));
                    break;
                default:
                    bytes.InsertRange(at, Tokens[e.Token]);
                    break;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>The parts of a package, to mutate one of them and zip them again.</summary>
    public static List<(string Name, byte[] Data)> Unzip(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, m.ToArray());
        }).ToList();
    }

    public static byte[] Zip(IEnumerable<(string Name, byte[] Data)> parts)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, data) in parts)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(data);
            }
        return memory.ToArray();
    }
}
