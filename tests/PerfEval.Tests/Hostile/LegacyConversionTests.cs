using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PerfEval.Pipeline;
using PerfEval.Readers;
using PerfEval.Samples;
using PerfEval.Tests.EndToEnd;
using PerfEval.Tests.Readers;
using PerfEval.Readers.Legacy;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// Legacy .doc/.xls go through LibreOffice when it is there, and are PE001
/// with what to do when it is not; a converter that hangs is killed, a
/// damaged file never reaches it, and a converted file cannot reach the
/// network. Each test sets its soffice on its own LegacyConversion instance,
/// so none changes shared state.
/// </summary>
[Trait("Requires", "LibreOffice")]
public sealed class LegacyConversionTests : IClassFixture<LegacyFiles>, IDisposable
{
    readonly LegacyFiles _files;
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-legacy-test-").FullName;

    public LegacyConversionTests(LegacyFiles files) => _files = files;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Doc_and_xls_are_converted_and_checked_like_the_originals()
    {
        // Conversions go under a root of this test's own, so other tests and processes converting at the
        // same time can neither disturb the check that nothing is left behind nor be mistaken for ours.
        var root = Directory.CreateDirectory(Path.Combine(_dir, "conversions")).FullName;
        var checker = new Checker();
        foreach (var (path, target) in new[] { (_files.Doc, LegacyTarget.Docx), (_files.Xls, LegacyTarget.Xlsx) })
        {
            var doc = new LegacyConversion(target) { Native = false, WorkRoot = root }.Read(path);
            Assert.Equal(path, doc.Path); // findings name the original, not the converted copy
            var forms = PerfEval.Recognition.FormRecognizer.Recognize(doc).Select(checker.CheckForm).ToList();
            Assert.Equal(SeedTable.Rows.Length, forms.Count);
            foreach (var (row, form) in SeedTable.Rows.Zip(forms))
            {
                Assert.Equal(row.Project, form.Form.Project.Text);
                var codes = form.Findings.Where(f => f.Severity >= PerfEval.Findings.Severity.Warning).Select(f => f.Rule);
                Assert.Equal(HostileAssert.Sorted(row.Codes), HostileAssert.Sorted(codes));
            }
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }

    [Fact]
    public void Doc_and_xls_are_read_natively_and_checked_like_the_originals_without_LibreOffice()
    {
        var checker = new Checker();
        foreach (var (path, target) in new[] { (_files.Doc, LegacyTarget.Docx), (_files.Xls, LegacyTarget.Xlsx) })
        {
            // A soffice that fails the test if it is run at all: the native readers must not need it.
            var doc = new LegacyConversion(target) { Soffice = Script("must-not-run", "exit 3") }.Read(path);
            Assert.Equal(path, doc.Path);
            var forms = PerfEval.Recognition.FormRecognizer.Recognize(doc).Select(checker.CheckForm).ToList();
            Assert.Equal(SeedTable.Rows.Select(r => r.Project), forms.Select(f => f.Form.Project.Text));
            foreach (var (row, form) in SeedTable.Rows.Zip(forms))
            {
                var codes = form.Findings.Where(f => f.Severity >= PerfEval.Findings.Severity.Warning).Select(f => f.Rule);
                Assert.Equal(HostileAssert.Sorted(row.Codes), HostileAssert.Sorted(codes));
            }
        }
    }

    [Fact]
    public void Without_LibreOffice_a_legacy_file_is_PE001_saying_how_to_enable_conversion()
    {
        foreach (var (reader, path, saveAs) in new[]
        {
            (new LegacyConversion(LegacyTarget.Docx) { Soffice = null, Native = false }, _files.Doc, ".docx"),
            (new LegacyConversion(LegacyTarget.Xlsx) { Soffice = null, Native = false }, _files.Xls, ".xlsx"),
        })
        {
            var e = Assert.Throws<UnreadableFileException>(() => reader.Read(path));
            Assert.Contains("LibreOffice", e.Message);
            Assert.Contains("另存为 " + saveAs, e.Message);
            Assert.Contains(LegacyConversion.SofficeVariable, e.Message);
        }
    }

    [Fact]
    public async Task The_command_line_without_LibreOffice_reads_the_doc_and_reports_PE001_only_for_what_needs_conversion()
    {
        var docx = Path.Combine(_dir, "b.docx");
        File.Copy(Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1.docx"), docx);
        var word6 = Path.Combine(_dir, "word6.doc");
        File.WriteAllBytes(word6, LegacyFiles.AsWord6(File.ReadAllBytes(_files.Doc)));
        var env = new Dictionary<string, string> { [LegacyConversion.SofficeVariable] = "" };
        var (child, stdout) = PerfevalProcess.Start(_dir, env, "check", word6, _files.Doc, docx, "--format", "jsonl");
        using var _child = child;
        var lines = (await stdout.WaitAsync(TimeSpan.FromSeconds(60))).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        await child.WaitForExitAsync();

        Assert.Equal(1, child.ExitCode);
        var pe001 = Assert.Single(lines, l => l.GetProperty("path").GetString() == word6);
        Assert.Equal("PE001", pe001.GetProperty("rule").GetString());
        Assert.Contains("Word 6.0/95", pe001.GetProperty("message").GetString());
        Assert.Contains("LibreOffice", pe001.GetProperty("message").GetString());
        string[] Rules(string path) => lines.Where(l => l.GetProperty("path").GetString() == path).Select(l => l.GetProperty("rule").GetString()!).ToArray();
        Assert.Contains("PE302", Rules(docx));
        Assert.Equal(Rules(docx), Rules(_files.Doc));
    }

    [Fact]
    public void A_converter_that_hangs_is_killed_at_the_time_limit()
    {
        var pidFile = Path.Combine(_dir, "pid");
        var cwdFile = Path.Combine(_dir, "cwd");
        var fake = Script("hang", $"pwd > '{cwdFile}'\necho $$ > '{pidFile}'\nexec sleep 60");
        var reader = new LegacyConversion(LegacyTarget.Docx) { Soffice = fake, TimeLimit = TimeSpan.FromSeconds(1), Native = false };

        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<UnreadableFileException>(() => reader.Read(_files.Doc));
        clock.Stop();

        Assert.Contains("超过 1 秒", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        int pid = int.Parse(File.ReadAllText(pidFile).Trim());
        Assert.False(IsRunning(pid), "the converter was left running");
        Assert.False(Directory.Exists(File.ReadAllText(cwdFile).Trim()), "the private conversion folder was left behind");
    }

    [Fact]
    public void A_converter_that_writes_nothing_gives_PE001()
    {
        var reader = new LegacyConversion(LegacyTarget.Xlsx) { Soffice = Script("silent", "exit 0"), Native = false };
        var e = Assert.Throws<UnreadableFileException>(() => reader.Read(_files.Xls));
        Assert.Contains("未能转换", e.Message);
        Assert.Contains("另存为 .xlsx", e.Message);
    }

    [Fact]
    public void A_missing_converter_program_gives_PE001()
    {
        var reader = new LegacyConversion(LegacyTarget.Docx) { Soffice = Path.Combine(_dir, "no-such-soffice"), Native = false };
        var e = Assert.Throws<UnreadableFileException>(() => reader.Read(_files.Doc));
        Assert.Contains("无法启动 LibreOffice", e.Message);
    }

    [Fact]
    public void A_garbage_doc_is_PE001_and_never_hangs()
    {
        // Random bytes never reach LibreOffice (it would import them as text): refused by their first bytes.
        var noSoffice = new LegacyConversion(LegacyTarget.Docx) { Soffice = Script("must-not-run", "exit 3") };
        var random = Path.Combine(_dir, "random.doc");
        File.WriteAllBytes(random, BadFiles.RandomBytes(50_000, 21));
        Assert.Contains("不是有效的旧版 Word", Assert.Throws<UnreadableFileException>(() => noSoffice.Read(random)).Message);

        // A well-formed compound file whose Word stream is garbage is refused by the native reader; LibreOffice is not needed.
        var hollow = Path.Combine(_dir, "hollow.doc");
        File.WriteAllBytes(hollow, Cfb.Build(("WordDocument", BadFiles.RandomBytes(9000, 22)), ("1Table", new byte[600])));
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<UnreadableFileException>(() => noSoffice.Read(hollow));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("文件信息块", e.Message);

        // Converted, the same file reaches LibreOffice, which gives up.
        clock.Restart();
        var converted = Assert.Throws<UnreadableFileException>(() => new LegacyConversion(LegacyTarget.Docx) { Native = false }.Read(hollow));
        Assert.True(clock.Elapsed < LegacyConversion.DefaultTimeLimit + TimeSpan.FromSeconds(10));
        Assert.Contains("LibreOffice 未能转换", converted.Message);
    }

    [Fact]
    public void A_docx_under_a_doc_name_is_read_directly()
    {
        var path = Path.Combine(_dir, "really-docx.doc");
        File.Copy(Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1.docx"), path);
        var doc = new LegacyConversion(LegacyTarget.Docx) { Soffice = Script("must-not-run", "exit 3") }.Read(path);
        Assert.Equal(path, doc.Path);
        Assert.Equal(12, doc.Grids.Count);
    }

    [Fact]
    public void Conversion_fetches_no_linked_content()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        int connections = 0;
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var client = await listener.AcceptTcpClientAsync(stop.Token);
                    Interlocked.Increment(ref connections);
                }
                catch (OperationCanceledException) { break; }
                catch (SocketException) { }
            }
        });

        // A picture linked (not embedded) from a loopback address; plain soffice fetches it, which proves the probe works.
        var linked = Path.Combine(_dir, "linked.docx");
        File.WriteAllBytes(linked, LinkedPictureDocx($"http://127.0.0.1:{port}/picture.png"));
        var doc = _files.Convert(linked, "doc", "linked.doc");
        Assert.True(Volatile.Read(ref connections) > 0, "control: LibreOffice with its default settings did not fetch the picture");

        int before = Volatile.Read(ref connections);
        var read = new LegacyConversion(LegacyTarget.Docx) { Native = false }.Read(doc);
        Thread.Sleep(500);
        int after = Volatile.Read(ref connections);

        stop.Cancel();
        listener.Stop();
        Assert.NotNull(read);
        Assert.True(before == after, $"the conversion connected {after - before} time(s) to the linked address");
    }

    static byte[] LinkedPictureDocx(string url) => BadFiles.Zip(
        ("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" " +
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
        ("word/_rels/document.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdImg\" " +
            $"Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"{url}\" TargetMode=\"External\"/></Relationships>"),
        ("word/document.xml",
            $"<w:document {TestDocx.Namespaces} xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
            "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>" +
            TestDocx.P("项目名称") +
            "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"952500\" cy=\"952500\"/><wp:docPr id=\"1\" name=\"P\"/><a:graphic>" +
            "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"p.png\"/><pic:cNvPicPr/></pic:nvPicPr>" +
            "<pic:blipFill><a:blip r:link=\"rIdImg\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"952500\" cy=\"952500\"/></a:xfrm>" +
            "<a:prstGeom prst=\"rect\"/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p></w:body></w:document>"));

    /// <summary>A stand-in for soffice: a shell script with the given body.</summary>
    string Script(string name, string body)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
    }

}
