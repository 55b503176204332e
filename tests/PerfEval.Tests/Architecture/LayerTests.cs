using System.Text.RegularExpressions;
using PerfEval.Samples;

namespace PerfEval.Tests.Architecture;

/// <summary>
/// Data flows one way: readers → recognition → scoring and rules → writers → CLI, over
/// foundations every stage may use (Grid, Values, Findings, Model). A folder may use
/// its own namespace and those of earlier layers only; an arrow back up the pipeline
/// fails here, naming the file and the namespace.
/// </summary>
public sealed partial class LayerTests
{
    // Folder of src/PerfEval.Core (or the CLI project) → its layer; a folder uses only lower or equal ones.
    static readonly Dictionary<string, int> Layers = new()
    {
        ["Grid"] = 0,
        ["Values"] = 1,
        ["Findings"] = 2,
        ["Model"] = 3,
        ["Readers"] = 4,
        ["Recognition"] = 5,
        ["Scoring"] = 6,
        ["Rules"] = 7,
        ["Config"] = 8,
        ["Pipeline"] = 9,
        ["Writers"] = 10,
        ["Cli"] = 11,
    };

    [GeneratedRegex(@"\bPerfEval\.(Grid|Values|Findings|Model|Readers|Recognition|Scoring|Rules|Config|Pipeline|Writers|Cli)\b")]
    private static partial Regex Reference();

    static IEnumerable<(string File, string Folder)> SourceFiles()
    {
        var src = Path.Combine(SeedText.FindRepoRoot(), "src");
        var core = Path.Combine(src, "PerfEval.Core");
        foreach (var dir in Directory.GetDirectories(core))
        {
            var folder = Path.GetFileName(dir);
            if (folder is "bin" or "obj") continue;
            foreach (var f in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)) yield return (f, folder);
        }
        foreach (var f in Directory.EnumerateFiles(Path.Combine(src, "PerfEval.Cli"), "*.cs", SearchOption.AllDirectories))
            if (!f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")) yield return (f, "Cli");
    }

    [Fact]
    public void Every_core_folder_has_a_layer()
    {
        var unknown = SourceFiles().Select(s => s.Folder).Distinct().Where(f => !Layers.ContainsKey(f)).ToList();
        Assert.True(unknown.Count == 0, "folders without a layer in LayerTests: " + string.Join(", ", unknown));
    }

    [Fact]
    public void No_folder_uses_a_later_stage()
    {
        var back = new List<string>();
        foreach (var (file, folder) in SourceFiles())
        {
            if (!Layers.TryGetValue(folder, out var own)) continue;
            var text = File.ReadAllText(file);
            // Comments may name later stages (they say why); code may not.
            text = Regex.Replace(text, @"//.*$", "", RegexOptions.Multiline);
            foreach (var used in Reference().Matches(text).Select(m => m.Groups[1].Value).Distinct())
                if (Layers[used] > own)
                    back.Add($"{Path.GetRelativePath(SeedText.FindRepoRoot(), file)} ({folder}) uses PerfEval.{used}");
        }
        Assert.True(back.Count == 0, "arrows back up the pipeline:\n" + string.Join("\n", back));
    }

    [Fact]
    public void The_check_sees_a_back_arrow()
    {
        // The regex must match how code names a namespace, or the test above passes vacuously.
        Assert.Equal("Writers", Reference().Match("using PerfEval.Writers.Html;").Groups[1].Value);
        Assert.Equal("Pipeline", Reference().Match("var r = new PerfEval.Pipeline.Checker();").Groups[1].Value);
    }
}
