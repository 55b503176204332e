using PerfEval.Cli;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Cli;

/// <summary>Files dragged onto perfeval.exe: the check that runs, and the report beside them.</summary>
public class DragDropTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-drop-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void One_dropped_file_gets_its_own_report_beside_it()
    {
        var form = Path.Combine(_dir, "附件1.docx");
        File.Copy(SampleDocx, form);
        var (args, report) = DragDrop.Plan(new[] { form })!.Value;
        Assert.Equal(Path.Combine(_dir, "附件1.perfeval.html"), report);
        Assert.Equal(0, App.Run(args, new StringWriter(), new StringWriter())); // --fail-on never: the window is for reading
        Assert.Contains("<html", File.ReadAllText(report));
    }

    [Fact]
    public void Several_dropped_files_share_one_report_in_the_first_ones_folder()
    {
        var a = Path.Combine(_dir, "a.docx");
        var b = Path.Combine(_dir, "b.docx");
        File.Copy(SampleDocx, a);
        File.Copy(SampleDocx, b);
        var (args, report) = DragDrop.Plan(new[] { a, b })!.Value;
        Assert.Equal(Path.Combine(_dir, "perfeval-报告.html"), report);
        Assert.Contains(a, args);
        Assert.Contains(b, args);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("--help")]
    [InlineData("no-such-file.docx")]
    public void A_command_an_option_or_a_missing_path_is_not_a_drop(string arg) =>
        Assert.Null(DragDrop.Plan(new[] { arg, SampleDocx }));

    [Fact]
    public void Off_Windows_no_console_is_taken_for_Explorers()
    {
        if (OperatingSystem.IsWindows()) return;
        Assert.False(DragDrop.OwnsConsole());
    }
}
