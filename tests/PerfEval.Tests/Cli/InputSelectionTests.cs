using System.Text.Json;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Cli;

/// <summary>Nothing to check is an error; --allow-empty, --files-from, --exclude.</summary>
public class InputSelectionTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-inputs-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    string Folder(string name, params string[] files)
    {
        var d = Directory.CreateDirectory(Path.Combine(_dir, name)).FullName;
        foreach (var f in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(d, f))!);
            File.Copy(SampleDocx, Path.Combine(d, f));
        }
        return d;
    }

    static List<string> Paths(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();

    [Theory]
    [InlineData("check")]
    [InlineData("summary")]
    [InlineData("fix")]
    public void A_folder_without_input_files_exits_2_naming_it(string command)
    {
        var empty = Folder("empty");
        File.WriteAllText(Path.Combine(empty, "notes.txt"), "x");
        var args = command switch
        {
            "summary" => new[] { "summary", empty, "-o", Path.Combine(_dir, "s.csv") },
            "fix" => new[] { "fix", empty, "--out-dir", Path.Combine(_dir, "out") },
            _ => new[] { "check", empty },
        };
        var (exit, output, err) = Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(empty, err);
        Assert.Contains("没有可检查的文件", err);
        Assert.Contains("--allow-empty", err);
    }

    [Fact]
    public void A_glob_matching_only_a_folder_without_inputs_is_an_error_and_the_other_paths_do_not_hide_it()
    {
        Folder("forms", "a.docx");
        Folder("drafts");
        var (exit, _, err) = Run("check", Path.Combine(_dir, "forms"), Path.Combine(_dir, "dr*"));
        Assert.Equal(2, exit);
        Assert.Contains("dr*", err);
    }

    [Fact]
    public void Allow_empty_makes_an_empty_run_pass_with_zero_files()
    {
        var empty = Folder("empty");
        var (exit, output, _) = Run("check", empty, Path.Combine(_dir, "nothing-*.docx"), "--allow-empty");
        Assert.Equal(0, exit);
        Assert.StartsWith("0 个文件，0 张表", output);
    }

    [Fact]
    public void Files_from_stdin_and_from_a_file_read_one_path_per_line()
    {
        var d = Folder("forms", "a.docx", "b.docx", "c.docx");
        var list = $"{Path.Combine(d, "c.docx")}\r\n\n{Path.Combine(d, "a.docx")}\n";
        var o = new StringWriter();
        int exit = PerfEval.Cli.App.Run(new[] { "check", "--files-from", "-", "--format", "json" }, o, new StringWriter(), new StringReader(list));
        Assert.Equal(1, exit);
        Assert.Equal(new[] { "c.docx", "a.docx" }, Paths(o.ToString()).Select(Path.GetFileName));

        var file = Path.Combine(_dir, "list.txt");
        File.WriteAllText(file, Path.Combine(d, "b.docx") + "\n");
        var (_, json, _) = Run("check", Path.Combine(d, "a.docx"), "--files-from", file, "--format", "json");
        Assert.Equal(new[] { "a.docx", "b.docx" }, Paths(json).Select(Path.GetFileName));
    }

    [Fact]
    public void An_empty_list_is_nothing_to_check_and_a_listed_path_that_does_not_exist_is_named()
    {
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(empty, "\n\n");
        var (exit, _, err) = Run("check", "--files-from", empty);
        Assert.Equal(2, exit);
        Assert.Contains("没有任何路径", err);
        Assert.Equal(0, Run("check", "--files-from", empty, "--allow-empty").Exit);

        var bad = Path.Combine(_dir, "bad.txt");
        File.WriteAllText(bad, Path.Combine(_dir, "gone.docx") + "\n");
        (exit, _, err) = Run("check", "--files-from", bad);
        Assert.Equal(2, exit);
        Assert.Contains("gone.docx", err);

        (exit, _, err) = Run("check", "--files-from", Path.Combine(_dir, "no-list.txt"));
        Assert.Equal(2, exit);
        Assert.Contains("文件不存在", err);
    }

    [Fact]
    public void No_path_at_all_is_a_usage_error() => Assert.Equal(2, Run("check").Exit);

    [Fact]
    public void Exclude_skips_by_name_by_folder_and_by_path_glob()
    {
        var d = Folder("forms", "keep.docx", "草稿/x.docx", "old/y.docx", "z.bak.docx");
        // Patterns match below the argument (here _dir) as well as below the current folder.
        var (_, json, _) = Run("check", _dir, "--exclude", "草稿", "--exclude", "forms/old", "--exclude", "*.bak.docx", "--format", "json");
        Assert.Equal(new[] { "keep.docx" }, Paths(json).Select(Path.GetFileName));
        (_, json, _) = Run("check", d, "--exclude", "**/old/**", "--format", "json");
        Assert.DoesNotContain("y.docx", Paths(json).Select(Path.GetFileName));
        Assert.Contains("x.docx", Paths(json).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(d, "old", "y.docx")));
    }

    [Fact]
    public void Excluding_everything_a_path_gave_is_nothing_to_check()
    {
        var d = Folder("forms", "a.docx");
        var (exit, _, err) = Run("check", d, "--exclude", "a.docx");
        Assert.Equal(2, exit);
        Assert.Contains("--exclude", err);
    }
}
