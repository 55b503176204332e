using PerfEval.Cli;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Batch;

/// <summary>Glob patterns expanded by perfeval itself, and --shard K/N.</summary>
public class InputSelectionTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-globs-").FullName;

    public InputSelectionTests()
    {
        foreach (var f in new[] { "a1.docx", "a2.docx", "b1.docx", "b1.xlsx", "notes.txt", "sub/c1.xlsx", "sub/deep/d1.xlsx", "sub/deep/d2.docx", "~$a1.docx" })
        {
            var path = Path.Combine(_dir, f);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    List<string> Expand(params string[] args) =>
        Inputs.ExpandFiles(args.Select(a => _dir + "/" + a)).Select(f => Path.GetRelativePath(_dir, f.Path).Replace('\\', '/')).ToList();

    [Theory]
    [InlineData("*.docx", "a1.docx a2.docx b1.docx")] // the Office lock file ~$a1.docx is never an input
    [InlineData("a?.docx", "a1.docx a2.docx")]
    [InlineData("[ab]1.*", "a1.docx b1.docx b1.xlsx")]
    [InlineData("[!a]*", "b1.docx b1.xlsx sub/c1.xlsx sub/deep/d1.xlsx sub/deep/d2.docx")] // a matched folder is walked
    [InlineData("**/*.xlsx", "b1.xlsx sub/c1.xlsx sub/deep/d1.xlsx")] // ** also matches no folder at all
    [InlineData("sub/**/*.docx", "sub/deep/d2.docx")]
    [InlineData("*", "a1.docx a2.docx b1.docx b1.xlsx sub/c1.xlsx sub/deep/d1.xlsx sub/deep/d2.docx")] // notes.txt is not an input
    public void Patterns_expand_to_the_matching_inputs_sorted(string pattern, string expected) =>
        Assert.Equal(expected.Split(' '), Expand(pattern));

    [Fact]
    public void Each_file_comes_once_and_keeps_the_order_of_the_arguments()
    {
        Assert.Equal(new[] { "b1.xlsx", "a1.docx", "a2.docx", "b1.docx" }, Expand("b1.xlsx", "*.docx", "a1.docx"));
    }

    [Fact]
    public void Shard_keys_are_the_path_below_the_argument()
    {
        var keys = Inputs.ExpandFiles(new[] { _dir + "/sub", _dir + "/**/d2.docx", _dir + "/a1.docx" }).Select(f => f.Key).ToList();
        Assert.Equal(new[] { "c1.xlsx", "deep/d1.xlsx", "deep/d2.docx", "a1.docx" }, keys);
    }

    [Fact]
    public void A_pattern_matching_nothing_exits_2()
    {
        var (exit, _, err) = Run("check", _dir + "/*.pdf");
        Assert.Equal(2, exit);
        Assert.Contains("没有文件与", err);
    }

    [Fact]
    public void Shards_split_the_inputs_into_disjoint_parts_that_cover_them()
    {
        var files = Inputs.ExpandFiles(new[] { _dir });
        foreach (var n in new[] { 1, 2, 3, 7 })
        {
            var parts = Enumerable.Range(0, n).Select(k => new Shard(k, n).Select(files)).ToList();
            Assert.Equal(files.Count, parts.Sum(p => p.Count));
            Assert.Equal(files.OrderBy(f => f.Path), parts.SelectMany(p => p).OrderBy(f => f.Path));
        }
    }

    [Fact]
    public void The_shard_hash_is_fnv1a_and_does_not_change_between_processes()
    {
        // Published FNV-1a 64 test vectors: "" and "a", "foobar".
        Assert.Equal(0xcbf29ce484222325UL, Shard.StableHash(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, Shard.StableHash("a"));
        Assert.Equal(0x85944171f73967e8UL, Shard.StableHash("foobar"));
        // Decomposed (macOS) and composed spellings of a name land in the same shard.
        Assert.Equal(Shard.StableHash("e\u0301.docx"), Shard.StableHash("\u00e9.docx"));
    }

    [Fact]
    public void No_shard_may_write_over_an_input_of_another_shard()
    {
        int other = 1 - (int)(Shard.StableHash("a1.docx") % 2);
        var before = File.ReadAllBytes(Path.Combine(_dir, "a1.docx"));
        var (exit, _, err) = Run("check", _dir, "--shard", $"{other}/2", "--output", Path.Combine(_dir, "a1.docx"));
        Assert.Equal(2, exit);
        Assert.Contains("拒绝覆盖", err);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_dir, "a1.docx")));
    }

    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    [InlineData("0/1", 0, 1)]
    public void Shard_parses_k_of_n(string text, int k, int n) => Assert.Equal(new Shard(k, n), Shard.Parse(text));

    [Theory]
    [InlineData("4/4")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void A_bad_shard_exits_2(string text)
    {
        var (exit, _, err) = Run("check", SampleDocx, "--shard", text);
        Assert.Equal(2, exit);
        Assert.Contains("--shard", err);
    }
}
