using System.CommandLine;
using System.Text.RegularExpressions;
using PerfEval.Cli;

namespace PerfEval.Tests.Cli;

/// <summary>
/// docs/cli.md describes exactly the program's command tree: every visible
/// command has its section, every visible option (and alias) of a command is
/// named in that section, and every option the page names exists on the
/// command it is named for (hidden old spellings included).
/// </summary>
public partial class CliDocTests
{
    static readonly string Doc = File.ReadAllText(Path.Combine(PerfEval.Samples.SeedText.FindRepoRoot(), "docs", "cli.md"));

    static RootCommand Tree() => App.Root(new Io(new StringWriter(), new StringWriter(), new StringReader("")));

    /// <summary>An option token: --name or -x (not -print inside a shell example, not the bare -- or -).</summary>
    [GeneratedRegex(@"(?<![\w-])(--[a-z][a-z0-9-]*|-[a-zA-Z?])(?![\w-])")]
    private static partial Regex OptionToken();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();

    /// <summary>The text under a ### heading, to the next heading of level 2 or 3.</summary>
    static string? Section(string heading)
    {
        var lines = Doc.Split('\n');
        int start = Array.FindIndex(lines, l => l.TrimEnd() == heading);
        if (start < 0) return null;
        int end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal));
        return string.Join('\n', lines[(start + 1)..(end < 0 ? lines.Length : end)]);
    }

    /// <summary>A command's section, with the input options' section when it refers to it.</summary>
    static string CommandSection(string name)
    {
        var section = Section($"### `perfeval {name}`");
        Assert.True(section is not null, $"docs/cli.md has no section “### `perfeval {name}`”");
        if (section!.Contains("(#input-options)", StringComparison.Ordinal)) section += "\n" + Section("### Input options");
        return section;
    }

    /// <summary>Option tokens inside code spans, leaving out spans that show another program's command line.</summary>
    static HashSet<string> Tokens(string text)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match span in CodeSpan().Matches(text))
        {
            var code = span.Groups[1].Value;
            if (Regex.IsMatch(code, @"^(dotnet|find|chcp|scripts/|PERFEVAL_AOT)")) continue;
            foreach (Match t in OptionToken().Matches(code)) tokens.Add(t.Value);
        }
        return tokens;
    }

    /// <summary>What a user types for an option: its name and its aliases written with a dash (not /h, /?).</summary>
    static IEnumerable<string> Spellings(Option o) => new[] { o.Name }.Concat(o.Aliases).Where(a => a.StartsWith('-'));

    static IEnumerable<Command> Commands(RootCommand root) => root.Subcommands.Where(c => !c.Hidden);

    [Fact]
    public void Every_visible_option_of_every_command_is_in_its_section()
    {
        var root = Tree();
        var missing = new List<string>();
        foreach (var cmd in Commands(root))
        {
            var tokens = Tokens(CommandSection(cmd.Name));
            foreach (var option in cmd.Options.Where(o => !o.Hidden))
                foreach (var spelling in Spellings(option))
                    if (!tokens.Contains(spelling)) missing.Add($"{cmd.Name} {spelling}");
        }
        var every = Tokens(Section("### Every command") ?? "");
        foreach (var option in root.Options.Where(o => !o.Hidden))
            foreach (var spelling in Spellings(option))
                if (!every.Contains(spelling)) missing.Add($"(every command) {spelling}");
        Assert.True(missing.Count == 0, "not in docs/cli.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_option_a_command_section_names_exists_on_that_command()
    {
        var root = Tree();
        var recursive = root.Options.Where(o => o.Recursive).SelectMany(Spellings).ToHashSet();
        var wrong = new List<string>();
        foreach (var cmd in Commands(root))
        {
            var real = cmd.Options.SelectMany(o => new[] { o.Name }.Concat(o.Aliases)).Concat(recursive).ToHashSet();
            foreach (var token in Tokens(CommandSection(cmd.Name)))
                if (!real.Contains(token)) wrong.Add($"{cmd.Name} {token}");
        }
        Assert.True(wrong.Count == 0, "named in docs/cli.md but not an option of that command: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Every_option_the_page_names_anywhere_exists()
    {
        var root = Tree();
        var real = root.Options.Concat(Commands(root).SelectMany(c => c.Options))
            .SelectMany(o => new[] { o.Name }.Concat(o.Aliases)).ToHashSet();
        var unknown = Tokens(Doc).Where(t => !real.Contains(t)).ToList();
        Assert.True(unknown.Count == 0, "docs/cli.md names options perfeval does not have: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Every_visible_command_is_in_the_commands_table()
    {
        var table = Section("## Commands") ?? "";
        foreach (var cmd in Commands(Tree()))
            Assert.Contains($"`perfeval {cmd.Name}", table);
    }

    [Fact]
    public void The_check_catches_drift()
    {
        // The scan itself: a made-up option in a section is seen, a shell example's flags are not.
        Assert.Contains("--bogus", Tokens("| `--bogus FILE` | x |"));
        Assert.Empty(Tokens("`dotnet pack -c Release -o DIR`"));
        Assert.Empty(Tokens("`find … -print`"));
        Assert.Equal(new[] { "-j", "--jobs" }, Tokens("`-j, --jobs N`").ToArray());
    }
}
