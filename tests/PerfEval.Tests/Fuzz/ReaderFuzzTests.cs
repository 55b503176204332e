using System.Text;
using CsCheck;
using PerfEval.Pipeline;
using PerfEval.Readers;
using PerfEval.Samples;
using PerfEval.Tests.Hostile;
using PerfEval.Writers;
using PerfEval.Model;

namespace PerfEval.Tests.Fuzz;

/// <summary>The files the reader fuzz starts from: the real samples and one small form of each kind.</summary>
public sealed class FuzzSeeds : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("perfeval-fuzz-").FullName;
    public string[] Docx { get; }
    public string[] Xlsx { get; }
    public SeedForm Form { get; } = SeedText.LoadDefault()[4];

    public FuzzSeeds()
    {
        var samples = Path.Combine(SeedText.FindRepoRoot(), "samples");
        var smallDocx = Path.Combine(Dir, "form.docx");
        FastDocx.Write(smallDocx, Form);
        var smallXlsx = Path.Combine(Dir, "form.xlsx");
        FastXlsx.Write(smallXlsx, Form);
        Docx = new[] { smallDocx, Path.Combine(samples, "附件1.docx") };
        Xlsx = new[] { smallXlsx, Path.Combine(samples, "附件1.xlsx") };
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

/// <summary>
/// Damaged and crafted packages of every shape, generated for a bounded time
/// (see FuzzTime): a reader may only refuse a file with
/// UnreadableFileException, the Checker never throws (every failure is a
/// finding, none of them an internal error), the report writers take any
/// result, and nothing runs past its limit.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ReaderFuzzTests : IClassFixture<FuzzSeeds>
{
    static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(30);

    readonly FuzzSeeds _seeds;

    public ReaderFuzzTests(FuzzSeeds seeds) => _seeds = seeds;

    [Fact]
    public void Docx_bytes_mutated() => MutateBytes(_seeds.Docx, ".docx", FuzzTime.Seconds(2));

    [Fact]
    public void Xlsx_bytes_mutated() => MutateBytes(_seeds.Xlsx, ".xlsx", FuzzTime.Seconds(2));

    [Fact]
    public void Docx_parts_mutated() => MutateParts(_seeds.Docx, ".docx", FuzzTime.Seconds(3));

    [Fact]
    public void Xlsx_parts_mutated() => MutateParts(_seeds.Xlsx, ".xlsx", FuzzTime.Seconds(3));

    [Fact]
    public void Docx_cells_injected() => InjectCells(".docx", FastDocx.Write, FuzzTime.Seconds(2));

    [Fact]
    public void Xlsx_cells_injected() => InjectCells(".xlsx", FastXlsx.Write, FuzzTime.Seconds(2));

    void MutateBytes(string[] bases, string ext, int seconds)
    {
        var data = bases.Select(File.ReadAllBytes).ToArray();
        Gen.Select(Gen.Int[0, bases.Length - 1], Mutations.Edits).Sample((which, edits) =>
        {
            Verdict(Mutations.Apply(data[which], edits), ext);
        }, time: seconds, threads: FuzzTime.Threads);
    }

    void MutateParts(string[] bases, string ext, int seconds)
    {
        var packages = bases.Select(Mutations.Unzip).ToArray();
        Gen.Select(Gen.Int[0, bases.Length - 1], Gen.Int[0, 1000], Mutations.Edits).Sample((which, partIndex, edits) =>
        {
            var parts = packages[which].ToList();
            int i = partIndex % parts.Count;
            parts[i] = (parts[i].Name, Mutations.Apply(parts[i].Data, edits));
            Verdict(Mutations.Zip(parts), ext);
        }, time: seconds, threads: FuzzTime.Threads);
    }

    /// <summary>XML-ish text put into cells through a real writer: escaped, so the file stays valid whatever the text.</summary>
    static readonly Gen<string> XmlishText = Gen.OneOf(
        Gen.OneOf("<", ">", "&", "&amp;", "&#x41;", "]]>", "<![CDATA[x]]>", "<w:t>", "</w:tc>", "<c r=\"A1\">", "\"", "'", "项目名称", "总分", "绩效指标",
            "年度资金总额", "100", "1e308", "NaN", "=1+1", "-5", "－5", "5..0", "%", "\n", "\r\n", "\t", "_x000D_", "_xD800_", "_x0000_", "😀", "—", " ")
            .Array[0, 12].Select(parts => string.Concat(parts)),
        Gen.String[Gen.Char.AlphaNumeric, 0, 30],
        Gen.String[Gen.Char['\u4e00', '\u9fff'], 0, 30]);

    void InjectCells(string ext, Action<string, SeedForm[]> write, int seconds)
    {
        var places = _seeds.Form.Rows.SelectMany((row, r) => row.Select((_, c) => (r, c))).ToArray();
        var change = Gen.Select(Gen.Int[0, places.Length - 1], XmlishText);
        change.Array[1, 8].Sample(changes =>
        {
            var form = _seeds.Form.Clone();
            foreach (var (place, text) in changes)
                form.Rows[places[place].r][places[place].c] = text;
            var path = Path.Combine(_seeds.Dir, Guid.NewGuid().ToString("N") + ext);
            try
            {
                write(path, new[] { form });
                var result = Verdict(path);
                // The text went in escaped: the file is always well-formed, so never unreadable.
                Assert.DoesNotContain(result.Findings, f => f.Rule == "PE001");
            }
            finally
            {
                File.Delete(path);
            }
        }, time: seconds, threads: FuzzTime.Threads);
    }

    FileResult Verdict(byte[] bytes, string ext)
    {
        var path = Path.Combine(_seeds.Dir, Guid.NewGuid().ToString("N") + ext);
        File.WriteAllBytes(path, bytes);
        try
        {
            var reader = ext == ".docx" ? (IDocumentReader)new WordReader() : new XlsxReader();
            FuzzTime.Bounded(() =>
            {
                try { reader.Read(path); }
                catch (UnreadableFileException e) { Assert.DoesNotContain("读取文件时出错", e.Message); }
                return 0;
            }, CaseLimit, "a reader");
            return Verdict(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Checks the file and writes the result in every report format; throws when anything breaks its contract.</summary>
    static FileResult Verdict(string path)
    {
        var result = FuzzTime.Bounded(() => new Checker().Check(path), CaseLimit, "the checker");
        foreach (var f in result.AllFindings)
        {
            Assert.DoesNotContain("报告给 perfeval 维护者", f.Message); // the Checker's net for its own defects
            Assert.DoesNotContain("读取文件时出错", f.Message);          // the readers' net for theirs
        }
        using var bytes = new MemoryStream();
        using (var json = new JsonReport(bytes)) { json.Write(result); json.Finish(TimeSpan.Zero); }
        using (var lines = new JsonLinesReport(bytes)) { lines.Write(result); lines.Finish(TimeSpan.Zero); }
        using (var text = new TextReport(new StreamWriter(bytes, new UTF8Encoding(false), leaveOpen: true), false, false)) { text.Write(result); text.Finish(TimeSpan.Zero); }
        return result;
    }
}
