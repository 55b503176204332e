using PerfEval.Cli;
using PerfEval.Tests.Readers;

using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// XML in a submitted file must never make perfeval read a file or reach the
/// network: DTDs are refused (PE001) and nothing is resolved. The entities
/// here point at a local secret file whose text must appear in no output.
/// </summary>
public sealed class ExternalEntityTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-xxe-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string SecretUri => new Uri(Corpus.SecretFile(_dir)).AbsoluteUri;

    static string Doctype(string root, string uri) => $"<?xml version=\"1.0\"?><!DOCTYPE {root} [<!ENTITY s SYSTEM \"{uri}\">]>";

    string Docx(string name, string documentXml) => TestDocx.WriteDocumentXml(Path.Combine(_dir, name), documentXml);

    string WorkbookWith(string name, string part, Func<string, string> change)
    {
        var path = Path.Combine(_dir, name);
        var book = new TestXlsx();
        book.AddSheet("表1").Shared("A1", "项目名称").Shared("B1", "placeholder").Inline("C1", "inline");
        book.Write(path);
        Corpus.PatchPart(path, part, change);
        return path;
    }

    public static TheoryData<string> Cases() => new()
    {
        "general entity in document.xml",
        "parameter entity in document.xml",
        "entity in sharedStrings.xml",
        "entity in a worksheet",
        "entity in the package relationships",
        "XInclude in document.xml",
    };

    string Make(string kind)
    {
        var cell = $"<w:body>{TestDocx.Table(2, TestDocx.Row(TestDocx.Cell("项目名称"), TestDocx.CellXml("<w:p><w:r><w:t>&s;</w:t></w:r></w:p>")))}</w:body>";
        return kind switch
        {
            "general entity in document.xml" => Docx("a.docx", Doctype("w:document", SecretUri) + $"<w:document {TestDocx.Namespaces}>{cell}</w:document>"),
            "parameter entity in document.xml" => Docx("b.docx",
                $"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY % p SYSTEM \"{SecretUri}\"> %p;]><w:document {TestDocx.Namespaces}><w:body/></w:document>"),
            "entity in sharedStrings.xml" => WorkbookWith("c.xlsx", "xl/sharedStrings.xml", xml => Doctype("sst", SecretUri) + xml.Replace("placeholder", "&s;")),
            "entity in a worksheet" => WorkbookWith("d.xlsx", "xl/worksheets/sheet1.xml", xml => Doctype("worksheet", SecretUri) + xml.Replace(">inline<", ">&s;<")),
            "entity in the package relationships" => WorkbookWith("e.xlsx", "_rels/.rels", xml => Doctype("Relationships", SecretUri) + xml),
            "XInclude in document.xml" => Docx("f.docx",
                $"<w:document {TestDocx.Namespaces} xmlns:xi=\"http://www.w3.org/2001/XInclude\"><w:body>" +
                TestDocx.Table(2, TestDocx.Row(TestDocx.Cell("项目名称"), TestDocx.CellXml($"<w:p><w:r><w:t><xi:include href=\"{SecretUri}\" parse=\"text\"/></w:t></w:r></w:p>"))) +
                "</w:body></w:document>"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_secret_reaches_no_output(string kind)
    {
        var path = Make(kind);
        var outputs = new List<string>();
        foreach (var format in new[] { "text", "json", "jsonl" })
        {
            var (exit, output, err) = Run("check", path, "--format", format);
            Assert.Equal(1, exit);
            outputs.Add(output + err);
        }
        var dump = Run("dump", path);
        outputs.Add(dump.Out + dump.Err);

        foreach (var output in outputs)
        {
            Assert.DoesNotContain(Corpus.Secret, output);
            Assert.DoesNotContain("   at ", output);
        }
        // A DTD is refused by name; XInclude is nothing our reader follows, so the cell is simply empty
        // (and a lone 项目名称 row is not the core of a form: PE002, issue 11).
        if (kind.StartsWith("XInclude"))
            Assert.Contains("PE002", outputs[0]);
        else
            Assert.Contains("DTD", outputs[0]);
    }

    [Fact]
    public async Task The_entity_target_is_never_even_opened()
    {
        if (!OperatingSystem.IsLinux()) return; // named pipes as files, opened read-write without blocking: Linux
        // A named pipe as the entity's target: opening it for writing succeeds only once someone opens it to read.
        var fifo = Path.Combine(_dir, "watched");
        using (var p = System.Diagnostics.Process.Start("mkfifo", new[] { fifo }))
            p.WaitForExit();
        var path = Docx("watched.docx", Doctype("w:document", new Uri(fifo).AbsoluteUri) +
            $"<w:document {TestDocx.Namespaces}><w:body><w:p><w:r><w:t>&s;</w:t></w:r></w:p></w:body></w:document>");

        bool checkDone = false, openedDuringCheck = false;
        var watcher = Task.Run(() =>
        {
            using var w = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            openedDuringCheck = !Volatile.Read(ref checkDone);
            w.Write(System.Text.Encoding.UTF8.GetBytes(Corpus.Secret));
        });

        var (exit, output, _) = Run("check", path, "--format", "jsonl");
        Volatile.Write(ref checkDone, true);
        // Release the watcher if it still waits: opening a pipe for reading and writing never blocks (Linux),
        // whether or not the watcher is there, and gives it the reader its open waits for.
        using (new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite))
            await watcher.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(openedDuringCheck, "the parser opened the entity's target");
        Assert.Equal(1, exit);
        Assert.Contains("DTD", output);
    }

}
