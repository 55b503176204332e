using System.Text.Json;
using PerfEval.Cli;
using PerfEval.Samples;

using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// perfeval's own output never destroys an input, never writes through a
/// link to a place the user did not name, and never leaves a partial file
/// under the final name.
/// </summary>
public sealed class OutputFileTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static string SampleDocx => Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1.docx");


    string Input()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        var path = Path.Combine(dir, "a.docx");
        File.Copy(SampleDocx, path, overwrite: true);
        return path;
    }

    void AssertRefused((int Exit, string Out, string Err) run, string phrase)
    {
        Assert.Equal(2, run.Exit);
        Assert.Contains(phrase, run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    [Fact]
    public void The_output_may_not_be_an_input_under_any_spelling()
    {
        var input = Input();
        var before = File.ReadAllBytes(input);
        var alias = Path.Combine(_dir, "alias");
        Directory.CreateSymbolicLink(alias, Path.GetDirectoryName(input)!);

        foreach (var (inputArg, output) in new[]
        {
            (input, input),
            (input, Path.Combine(_dir, "in", ".", "..", "in", "a.docx")),
            (input, Path.Combine(alias, "a.docx")),       // the output reaches the input through a linked folder
            (Path.Combine(alias, "a.docx"), input),       // the input is named through the linked folder
            (Path.GetDirectoryName(input)!, input),       // the input is found inside a folder argument
        })
        {
            AssertRefused(Run("check", inputArg, "--format", "json", "--output", output), "拒绝覆盖");
            Assert.Equal(before, File.ReadAllBytes(input));
        }
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void An_output_that_is_a_symbolic_link_is_refused_not_followed()
    {
        var input = Input();
        var inputBytes = File.ReadAllBytes(input);
        var elsewhere = Path.Combine(_dir, "elsewhere.txt");
        File.WriteAllText(elsewhere, "not perfeval's");

        var toInput = Path.Combine(_dir, "to-input.json");
        File.CreateSymbolicLink(toInput, input);
        var toElsewhere = Path.Combine(_dir, "to-elsewhere.json");
        File.CreateSymbolicLink(toElsewhere, elsewhere);
        var dangling = Path.Combine(_dir, "dangling.json");
        var nowhere = Path.Combine(_dir, "created-through-link.json");
        File.CreateSymbolicLink(dangling, nowhere);

        foreach (var link in new[] { toInput, toElsewhere, dangling })
        {
            AssertRefused(Run("check", input, "--format", "json", "--output", link), "符号链接");
            Assert.NotNull(new FileInfo(link).LinkTarget); // the link itself is left as it was
        }
        Assert.Equal(inputBytes, File.ReadAllBytes(input));
        Assert.Equal("not perfeval's", File.ReadAllText(elsewhere));
        Assert.False(File.Exists(nowhere));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void Outputs_that_cannot_be_written_exit_2_with_one_line()
    {
        var input = Input();
        AssertRefused(Run("check", input, "--output", _dir), "文件夹");
        AssertRefused(Run("check", input, "--output", Path.Combine(_dir, "no", "such", "dir", "r.txt")), "不存在");
    }

    [Fact]
    public void A_new_report_replaces_the_old_one_whole_and_leaves_nothing_else()
    {
        var input = Input();
        var report = Path.Combine(_dir, "report.json");
        File.WriteAllText(report, "previous");
        var readOnly = Path.Combine(_dir, "keep.txt");
        File.WriteAllText(readOnly, "unrelated");

        Assert.Equal(1, Run("check", input, "--format", "json", "--output", report, "--force").Exit);

        Assert.Equal(12, JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("summary").GetProperty("forms").GetInt32());
        Assert.Equal(new[] { "in", "keep.txt", "report.json" },
            Directory.EnumerateFileSystemEntries(_dir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void An_abandoned_output_leaves_the_final_name_untouched_and_no_temporary_file()
    {
        var final = Path.Combine(_dir, "summary.csv");
        File.WriteAllText(final, "old,complete\n");

        using (var file = OutputFile.Create(final, Array.Empty<string>(), force: true))
        {
            file.Stream.Write("half a summa"u8);
            file.Stream.Flush();
            Assert.Single(TempFiles());
            // No Commit: a run that failed half-way.
        }

        Assert.Equal("old,complete\n", File.ReadAllText(final));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void A_committed_output_is_complete_under_its_final_name()
    {
        var final = Path.Combine(_dir, "out.txt");
        using (var file = OutputFile.Create(final, Array.Empty<string>()))
        {
            file.Stream.Write("whole"u8);
            Assert.False(File.Exists(final)); // nothing under the final name until the rename
            file.Commit();
        }
        Assert.Equal("whole", File.ReadAllText(final));
        Assert.Empty(TempFiles());
    }

    IEnumerable<string> TempFiles() =>
        Directory.EnumerateFiles(_dir, ".perfeval-*", SearchOption.AllDirectories);
}
