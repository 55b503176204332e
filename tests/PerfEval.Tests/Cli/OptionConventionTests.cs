using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Cli;

/// <summary>One convention for options, every value validated: exit 2, one Chinese line, never a stack trace.</summary>
public class OptionConventionTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-opts-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static void AssertUsage((int Exit, string Out, string Err) r, string expected)
    {
        Assert.Equal(2, r.Exit);
        Assert.Equal("", r.Out);
        var line = Assert.Single(r.Err.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("perfeval: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", r.Err);
        Assert.DoesNotContain("Exception", r.Err);
    }

    [Theory]
    [InlineData("check", "abc")]
    [InlineData("check", "1.5")]
    [InlineData("check", "99999999999")]
    [InlineData("check", "0")]
    [InlineData("check", "257")]
    [InlineData("check", "-3")]
    [InlineData("fix", "abc")]
    [InlineData("fix", "1.5")]
    [InlineData("summary", "99999999999")]
    [InlineData("summary", "abc")]
    public void Jobs_outside_1_to_256_is_a_usage_error_for_every_command(string command, string jobs)
    {
        var args = command switch
        {
            "fix" => new[] { "fix", SampleDocx, "--out-dir", _dir, "-j", jobs },
            "summary" => new[] { "summary", SampleDocx, "-o", Path.Combine(_dir, "s.csv"), "-j", jobs },
            _ => new[] { "check", SampleDocx, "-j", jobs },
        };
        AssertUsage(Run(args), "-j/--jobs");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("256")]
    public void Jobs_at_the_bounds_is_accepted(string jobs) =>
        Assert.Equal(1, Run("check", SampleDocx, "-j", jobs, "--format", "jsonl").Exit);

    [Fact]
    public void A_bad_choice_names_the_option_and_the_choices_on_one_line()
    {
        AssertUsage(Run("check", SampleDocx, "--format", "xml"), "--format 的值 xml 无效：应为 text、json、jsonl、csv、html、sarif、github、gitlab 之一");
        AssertUsage(Run("check", SampleDocx, "--fail-on", "sometimes"), "--fail-on 的值 sometimes 无效");
        AssertUsage(Run("summary", SampleDocx, "-o", Path.Combine(_dir, "a.csv"), "--by", "unit"), "--by 的值 unit 无效");
        AssertUsage(Run("check", SampleDocx, "--lang", "fr"), "--lang 的值 fr 无效");
    }

    [Fact]
    public void Output_is_dash_o_or_double_dash_output_for_every_single_file_and_the_old_out_still_works()
    {
        var a = Path.Combine(_dir, "a.csv");
        var b = Path.Combine(_dir, "b.csv");
        var t = Path.Combine(_dir, "t.xlsx");
        var d = Path.Combine(_dir, "d.json");
        Assert.Equal(0, Run("summary", SampleDocx, "-o", a).Exit);
        Assert.Equal(0, Run("summary", SampleDocx, "--out", b).Exit);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.Equal(0, Run("template", "--output", t).Exit);
        Assert.True(File.Exists(t));
        Assert.Equal(0, Run("dump", SampleDocx, "-o", d).Exit);
        Assert.True(File.Exists(d));
    }

    [Fact]
    public void The_old_spelling_is_hidden_from_help()
    {
        var (exit, help, _) = Run("summary", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("-o, --output <FILE>", help);
        Assert.DoesNotContain("--out ", help);
        Assert.DoesNotContain("--out\n", help);
    }

    [Fact]
    public void A_missing_required_output_says_which_option_in_Chinese()
    {
        AssertUsage(Run("summary", SampleDocx), "缺少 -o/--output FILE");
        AssertUsage(Run("template"), "缺少 -o/--output FILE");
        AssertUsage(Run("fix", SampleDocx), "缺少 --out-dir DIR");
        AssertUsage(Run("fix", SampleDocx, "--out-dir", _dir, "--template", Path.Combine(_dir, "none.xlsx")), "模板文件不存在");
    }

    [Fact]
    public void Fix_takes_the_old_d_hidden_and_out_dir_shown()
    {
        var (exit, help, _) = Run("fix", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--out-dir <DIR>", help);
        Assert.DoesNotContain("-d,", help);
        var old = Path.Combine(_dir, "old");
        Assert.Equal(1, Run("fix", SampleDocx, "-d", old, "-q").Exit);
        Assert.True(File.Exists(Path.Combine(old, "附件1.corrected.xlsx")));
        AssertUsage(Run("fix", SampleDocx, "-d", old, "--out-dir", Path.Combine(_dir, "other")), "--out-dir 只能给一次");
    }

    [Fact]
    public void Quiet_drops_the_closing_line_and_files_without_findings()
    {
        var (_, loud, _) = Run("check", SampleDocx);
        var (_, quiet, _) = Run("check", SampleDocx, "-q");
        Assert.Contains("个文件，", loud.TrimEnd().Split('\n')[^1]);
        Assert.DoesNotContain("个文件，", quiet);
        Assert.DoesNotContain("无问题", quiet);
        Assert.Contains("PE302", quiet);
    }

    [Theory]
    [InlineData("--select", "XX9")]
    [InlineData("--ignore", "PE9")]
    [InlineData("--select", ",")]
    public void A_select_or_ignore_naming_no_rule_is_a_usage_error(string option, string value) =>
        AssertUsage(Run("check", SampleDocx, option, value), option);

    [Fact]
    public void Encoding_applies_to_text_report_files_only()
    {
        AssertUsage(Run("check", SampleDocx, "--format", "json", "-o", Path.Combine(_dir, "r.json"), "--encoding", "gbk"), "--encoding");
        AssertUsage(Run("check", SampleDocx, "--encoding", "gbk"), "--encoding");
        var gbk = Path.Combine(_dir, "r.txt");
        Assert.Equal(1, Run("check", SampleDocx, "-o", gbk, "--encoding", "gbk").Exit);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var text = System.Text.Encoding.GetEncoding(936).GetString(File.ReadAllBytes(gbk));
        Assert.Contains("外事宣传费", text);
    }
}
