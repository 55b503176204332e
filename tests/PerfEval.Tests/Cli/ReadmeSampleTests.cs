using System.Text.RegularExpressions;
using PerfEval.Samples;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Cli;

/// <summary>
/// The README's sample output is what perfeval prints: every line of the
/// block after the `<!-- sample-output: ARGS -->` marker (except the `…` that
/// marks a cut) appears, in order, in the output of `perfeval ARGS`; only the
/// run time of the closing line may differ.
/// </summary>
public class ReadmeSampleTests
{
    static readonly Regex Time = new(@"（用时 [0-9.]+ 秒）");

    [Fact]
    public void The_sample_output_in_the_README_is_what_check_prints()
    {
        var root = SeedText.FindRepoRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var m = Regex.Match(readme, @"<!-- sample-output: (?<args>[^>]+?) -->\n```\n(?<block>.*?)```", RegexOptions.Singleline);
        Assert.True(m.Success, "README.md has no <!-- sample-output: … --> block");
        var args = m.Groups["args"].Value.Split(' ');
        Assert.Equal("check", args[0]);

        var cwd = root;
        var (_, output, _) = Run(args.Select((a, i) => i > 0 && !a.StartsWith('-') ? Path.Combine(cwd, a) : a).ToArray());
        var printed = output.Replace(root + Path.DirectorySeparatorChar, "").Split('\n').Select(l => Time.Replace(l, "（用时 _ 秒）")).ToList();
        var shown = m.Groups["block"].Value.TrimEnd('\n').Split('\n').Where(l => l.Trim() != "…").Select(l => Time.Replace(l, "（用时 _ 秒）")).ToList();
        Assert.True(shown.Count >= 5, "the sample block is too short to mean anything");

        int at = 0;
        foreach (var line in shown)
        {
            while (at < printed.Count && printed[at] != line) at++;
            Assert.True(at < printed.Count, $"README sample line not printed (in this order) by `perfeval {string.Join(' ', args)}`:\n{line}\n\nActual output:\n{output}");
            at++;
        }
    }
}
