namespace PerfEval.Tests.Support;

public class SnapshotTests
{
    [Fact]
    public void The_diff_shows_the_changed_lines_with_their_context()
    {
        var diff = Snapshot.Diff("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nD\ne\nf\ng");
        Assert.Equal("  …\n  b\n  c\n- d\n+ D\n  e\n  f\n  …\n", diff);
    }

    [Fact]
    public void A_mismatch_fails_and_names_the_file()
    {
        if (Snapshot.Updating) return; // the update run rewrites instead of failing
        var path = Path.Combine(Path.GetTempPath(), "perfeval-snapshot-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "one\ntwo\n");
        try
        {
            var ex = Assert.ThrowsAny<Exception>(() => Snapshot.MatchFile(path, "one\nthree\n"));
            Assert.Contains("- two", ex.Message);
            Assert.Contains("+ three", ex.Message);
            Snapshot.MatchFile(path, "one\r\ntwo\r\n"); // line endings do not count
        }
        finally { File.Delete(path); }
    }
}
