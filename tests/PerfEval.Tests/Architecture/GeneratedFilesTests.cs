using PerfEval.Generate;
using PerfEval.Rules;
using PerfEval.Samples;
using PerfEval.Tests.Support;

namespace PerfEval.Tests.Architecture;

/// <summary>
/// The files generated from the rule metadata (tools/PerfEval.Generate) are what the
/// metadata says. After adding or changing a rule: `dotnet run --project tools/PerfEval.Generate`
/// (or run these tests with PERFEVAL_UPDATE_SNAPSHOTS=1), then commit the result.
/// </summary>
public class GeneratedFilesTests
{
    static readonly string Root = SeedText.FindRepoRoot();

    public static TheoryData<string> Paths()
    {
        var data = new TheoryData<string>();
        foreach (var f in Generated.Files(Root)) data.Add(f.Path);
        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_generated_file_is_what_the_rule_metadata_says(string path)
    {
        var file = Generated.Files(Root).Single(f => f.Path == path);
        Snapshot.MatchFile(Path.Combine(Root, path), file.Text);
    }

    [Fact]
    public void The_catalog_holds_every_rule_type_and_nothing_else()
    {
        var types = RuleTypes.Discover();
        Assert.Equal(types.Select(t => t.Info.Code), RuleCatalog.All.Select(r => r.Code));
        Assert.Equal(types.Where(t => t.IsFormRule).Select(t => t.Type), RuleCatalog.FormRules.Select(r => r.GetType()).OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_file_is_named_by_its_code_and_has_its_page()
    {
        var folder = Path.Combine(Root, "src", "PerfEval.Core", "Rules");
        var files = Directory.GetFiles(folder, "PE*.cs").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(RuleCatalog.All.Select(r => r.Code), files);
        var pages = Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "PE*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(RuleCatalog.All.Select(r => r.Code), pages);
    }

    [Fact]
    public void Only_rules_that_recompute_a_number_let_fix_change_it()
    {
        // fix --docx replaces a number only where a rule computes the exact value; the list is the metadata's.
        var fixing = RuleCatalog.All.Where(r => r.Fix != Correction.None).Select(r => r.Code);
        Assert.Equal(new[] { "PE103", "PE104", "PE202", "PE302", "PE303", "PE304" }, fixing);
    }

    [Fact]
    public void Every_rule_has_a_chinese_title_apart_from_its_name_and_an_english_line()
    {
        // The title heads the rule's page and the HTML report: an accountant reads it, so no ASCII words,
        // and the short name is shown beside it already.
        foreach (var r in RuleCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title), r.Code);
            Assert.DoesNotMatch("[A-Za-z]{2,}", r.Title);
            Assert.False(string.IsNullOrWhiteSpace(r.English), r.Code);
        }
    }
}
