using PerfEval.Cli;

namespace PerfEval.Tests.Cli;

/// <summary>No English exception text inside a message: the common IO errors as Chinese sentences that say what to do.</summary>
public class ErrorTextTests
{

    [Theory]
    [InlineData(typeof(UnauthorizedAccessException), "没有访问权限")]
    [InlineData(typeof(FileNotFoundException), "文件不存在")]
    [InlineData(typeof(DirectoryNotFoundException), "文件夹不存在")]
    [InlineData(typeof(PathTooLongException), "路径太长")]
    [InlineData(typeof(IOException), "读写出错")]
    public void Each_common_error_is_a_Chinese_sentence(Type type, string expected)
    {
        var ex = (Exception)Activator.CreateInstance(type, "Access to the path '/x' is denied.")!;
        var text = ErrorText.Describe(ex, "/x/a.csv");
        Assert.StartsWith("/x/a.csv：", text);
        Assert.Contains(expected, text);
        Assert.DoesNotContain("denied", text);
    }

    [Fact]
    public void A_file_in_use_says_to_close_it_and_a_full_disk_says_so()
    {
        Assert.Contains("关闭", ErrorText.Describe(new IOException("The process cannot access the file", unchecked((int)0x80070020))));
        Assert.Contains("磁盘空间不足", ErrorText.Describe(new IOException("No space left on device", 28)));
    }

    [Theory]
    [InlineData("check", "samples/附件1.docx", "-o", "{0}/r.json")]
    [InlineData("fix", "samples/附件1.xlsx", "--out-dir", "{0}/d")]
    [InlineData("fix", "samples/附件1.docx", "--docx", "--out-dir", "{0}/d")]
    public void An_output_under_a_file_is_one_Chinese_line_without_runtime_text(params string[] args)
    {
        // A file where a folder should be: the runtime's English ("Not a directory") must not leak.
        var file = Path.GetTempFileName();
        try
        {
            var root = PerfEval.Samples.SeedText.FindRepoRoot();
            var argv = args.Select(a => a.StartsWith("samples/") ? Path.Combine(root, a) : string.Format(a, file)).ToArray();
            var (exit, _, err) = PerfEval.Tests.Support.Perfeval.Run(argv);
            Assert.Equal(2, exit);
            var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            var words = line.Replace(file + "/r.json", "").Replace(file, "").Replace("perfeval", "");
            Assert.DoesNotMatch("[A-Za-z]{3,}", words);
        }
        finally { File.Delete(file); }
    }
}
