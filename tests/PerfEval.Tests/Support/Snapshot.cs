using System.Text;
using PerfEval.Samples;

namespace PerfEval.Tests.Support;

/// <summary>
/// Compares a text with a checked-in file, as ruff's snapshot tests do. A mismatch
/// fails with a line diff; with PERFEVAL_UPDATE_SNAPSHOTS=1 the file is rewritten
/// instead (review the change with `git diff`, then commit it).
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "PERFEVAL_UPDATE_SNAPSHOTS";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The folder of the snapshots of the tests: tests/PerfEval.Tests/Snapshots.</summary>
    public static string Folder => Path.Combine(SeedText.FindRepoRoot(), "tests", "PerfEval.Tests", "Snapshots");

    /// <summary>Matches <paramref name="actual"/> against Snapshots/<paramref name="name"/>.</summary>
    public static void Match(string name, string actual) => MatchFile(Path.Combine(Folder, name), actual);

    /// <summary>Matches <paramref name="actual"/> against any file of the repository (a generated document, say).</summary>
    public static void MatchFile(string path, string actual)
    {
        actual = Normalize(actual);
        var expected = File.Exists(path) ? Normalize(File.ReadAllText(path)) : null;
        if (expected == actual) return;
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        var shown = Path.GetRelativePath(SeedText.FindRepoRoot(), path);
        Assert.Fail(expected is null
            ? $"{shown} does not exist; run the tests with {UpdateVariable}=1 to write it, then review and commit it.\n--- new text:\n{actual}"
            : $"{shown} differs (- checked in, + now); if the change is intended, run with {UpdateVariable}=1 and commit:\n{Diff(expected, actual)}");
    }

    static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>A plain line diff (longest common subsequence), with two lines of context around each change.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', a[x])); x++; y++; }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) lines.Add(('-', a[x++]));
            else lines.Add(('+', b[y++]));
        }
        var sb = new StringBuilder();
        bool skipped = false;
        for (int i = 0; i < lines.Count; i++)
        {
            bool near = false;
            for (int k = Math.Max(0, i - 2); k <= Math.Min(lines.Count - 1, i + 2) && !near; k++) near = lines[k].Mark != ' ';
            if (!near) { if (!skipped) sb.Append("  …\n"); skipped = true; continue; }
            skipped = false;
            sb.Append(lines[i].Mark).Append(' ').Append(lines[i].Text).Append('\n');
        }
        return sb.ToString();
    }
}
