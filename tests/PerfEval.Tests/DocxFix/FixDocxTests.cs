using PerfEval.Cli;
using PerfEval.Pipeline;
using PerfEval.Samples;
using PerfEval.Tests.Readers;

namespace PerfEval.Tests.DocxFix;

/// <summary>The CLI glue the lead wires to `perfeval fix --docx`, called directly.</summary>
public sealed class FixDocxTests : IDisposable
{
    readonly TempFolder _dir = new();
    readonly StringWriter _out = new();
    readonly StringWriter _err = new();

    public void Dispose() => _dir.Dispose();

    int Run(string outDir, params string[] inputs) =>
        FixDocx.Run(new Io(_out, _err), inputs, outDir, new Checker(), new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    /// <summary>A clean seed form (公益二类…, total 100) as a .docx.</summary>
    string CleanForm(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        DocxSampleWriter.Write(new[] { SeedText.LoadDefault()[4].Clone() }, path);
        return path;
    }

    [Fact]
    public void A_clean_form_is_copied_without_changes_and_the_run_passes()
    {
        var input = CleanForm(_dir.Path, "clean.docx");
        var outDir = Path.Combine(_dir.Path, "new", "folder");
        Assert.Equal(App.Ok, Run(outDir, input));
        var output = Path.Combine(outDir, "clean.corrected.docx");
        Assert.Equal(WordCells.Entries(input).Select(e => e.Bytes), WordCells.Entries(output).Select(e => e.Bytes));
        Assert.Contains("修订 0 处，批注 0 条", _out.ToString());
    }

    [Fact]
    public void Other_inputs_are_skipped_and_unreadable_ones_fail_the_run()
    {
        var xlsx = _dir.Bytes("table.xlsx", new byte[] { 1, 2, 3 });
        var broken = _dir.Bytes("broken.docx", "not a zip"u8.ToArray());
        var outDir = Path.Combine(_dir.Path, "out");

        Assert.Equal(App.Ok, Run(outDir, xlsx));
        Assert.Contains("跳过", _err.ToString());

        Assert.Equal(App.Findings, Run(outDir, broken));
        Assert.Contains("PE001", _err.ToString());
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [Fact]
    public void Inputs_with_the_same_name_get_distinct_outputs()
    {
        var a = CleanForm(Path.Combine(_dir.Path, "a"), "表.docx");
        var b = CleanForm(Path.Combine(_dir.Path, "b"), "表.docx");
        var outDir = Path.Combine(_dir.Path, "out");
        Assert.Equal(App.Ok, Run(outDir, a, b));
        Assert.Equal(new[] { "表 (2).corrected.docx", "表.corrected.docx" },
            Directory.GetFiles(outDir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void An_output_that_would_replace_an_input_is_refused()
    {
        var input = CleanForm(_dir.Path, "x.docx");
        var clash = CleanForm(_dir.Path, "x.corrected.docx");
        var bytes = File.ReadAllBytes(clash);
        var ex = Assert.Throws<UsageException>(() => Run(_dir.Path, input, clash));
        Assert.Contains("x.corrected.docx", ex.Message);
        Assert.Equal(bytes, File.ReadAllBytes(clash));
    }

    [Fact]
    public void Fail_on_never_passes_a_file_with_errors()
    {
        var input = Path.Combine(_dir.Path, "附件1.docx");
        File.Copy(Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1.docx"), input);
        var code = FixDocx.Run(new Io(_out, _err), new[] { input }, Path.Combine(_dir.Path, "out"), new Checker(), failOn: null, quiet: true);
        Assert.Equal(App.Ok, code);
        Assert.Equal("", _out.ToString());
        Assert.True(File.Exists(Path.Combine(_dir.Path, "out", "附件1.corrected.docx")));
    }
}
