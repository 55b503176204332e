using System.Text;
using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Rules;
using PerfEval.Scoring;
using PerfEval.Tests.Readers;
using PerfEval.Tests.Recognition;
using PerfEval.Tests.Support;
using PerfEval.Values;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Rules;

/// <summary>
/// Per rule of the catalog, a form that fires it and one that does not, with the rule's
/// findings compared to Snapshots/rules/CODE.txt (as ruff's snapshot tests do). A changed
/// message or cell shows as a diff; PERFEVAL_UPDATE_SNAPSHOTS=1 rewrites the file for review.
/// Most fixtures are form models (TestForms); a rule about files (PE001, PE002) or about how
/// a form is laid out (PE006, PE208) gets small real files written the way a submitter's Word
/// saves them (LayoutFiles: hand-written document.xml). A new rule adds its fixture here and
/// its snapshot; Every_rule_of_the_catalog_has_a_fixture fails until it does.
/// </summary>
public class RuleSnapshotTests
{
    /// <summary>What a fixture yields: the findings with the location a report falls back to (the form, or the file).</summary>
    public delegate IEnumerable<(Finding Finding, string Fallback)> FixtureRun(string folder);

    /// <summary>A rule's fixture: what fires it and what does not (the clean form, unless said).</summary>
    public sealed record Fixture(FixtureRun Fires, FixtureRun Quiet, string QuietName = "the clean form");

    static Fixture Model(Func<Form> fires, Func<Form>? quiet = null, ScoringProfile? profile = null) =>
        new(_ => OfForm(fires(), profile), _ => OfForm((quiet ?? (() => Make()))(), profile));

    static IEnumerable<(Finding, string)> OfForm(Form form, ScoringProfile? profile) =>
        Check(form, profile).Findings.Select(f => (f, form.Location));

    /// <summary>A fixture of files: each function writes its file into the folder and returns its path.</summary>
    static Fixture Files(Func<string, string> fires, Func<string, string>? quiet = null) =>
        new(dir => OfFile(fires(dir)), dir => OfFile((quiet ?? NationalDocx)(dir)), "the clean file");

    static IEnumerable<(Finding, string)> OfFile(string path)
    {
        var file = new Checker().Check(path);
        return file.Findings.Select(f => (f, Path.GetFileName(path)))
            .Concat(file.Forms.SelectMany(r => r.Findings.Select(f => (f, r.Form.Location))));
    }

    /// <summary>The national form of GridBuilder as a Word file; the clean file of the file fixtures.</summary>
    static string NationalDocx(string dir) => Docx(dir, "clean.docx", GridBuilder.NationalRows());

    static string Docx(string dir, string name, string[][] rows) =>
        LayoutFiles.Docx(Path.Combine(dir, name), GridBuilder.TitlePreamble[0], GridBuilder.TitlePreamble[1], rows);

    static string[][] National(Action<string[][]> change)
    {
        var rows = GridBuilder.NationalRows();
        change(rows);
        return rows;
    }

    static List<Indicator> Indicators(params (int Index, Indicator Replacement)[] changes)
    {
        var list = CleanIndicators();
        foreach (var (i, ind) in changes) list[i] = ind;
        return list;
    }

    static FundingRow Total(string initial, string fullYear, string executed, string weight, string rate, string score) =>
        Funding(FundingKind.Total, initial, fullYear, executed, weight, rate, score);

    public static readonly IReadOnlyDictionary<string, Fixture> Fixtures = new Dictionary<string, Fixture>
    {
        // ---- files and recognition
        ["PE001"] = Files(dir => { var p = Path.Combine(dir, "damaged.docx"); File.WriteAllText(p, "这不是一个 Word 文件"); return p; }),
        ["PE002"] = Files(dir => LayoutFiles.Docx(Path.Combine(dir, "letter.docx"), "关于报送绩效自评材料的函", "各有关单位：请于月底前报送。")),
        ["PE003"] = Model(() => Make(project: "")),
        ["PE004"] = Model(() => Make(indicators: new())),
        ["PE005"] = Model(() => Make(statedTotal: "一百")),
        // A column whose header perfeval does not know, and a funding block without its 全年执行数 column.
        ["PE006"] = Files(dir => Docx(dir, "unknown-header.docx", National(rows => rows[2][5] = "资金拨付进度"))),
        // ---- funding
        ["PE101"] = Model(() => Make(appropriation: Funding(FundingKind.Appropriation, "5", "5", "5"))),
        ["PE102"] = Model(() => Make(total: Total("10", "10", "12", "10", "120%", "10"))),
        ["PE103"] = Model(() => Make(total: Total("10", "10", "10", "10", "90%", "10"))),
        ["PE104"] = Model(() => Make(total: Total("10", "10", "5", "10", "50%", "10"))),
        ["PE105"] = Model(() => Make(total: Total("10", "10", "10", "20", "100%", "20"))),
        ["PE106"] = Model(() => Make(total: Total("10", "10", "5", "10", "50%", "5"), statedTotal: "95")),
        ["PE107"] = Model(() => Make(total: Total("12", "10", "10", "10", "100%", "10"))),
        ["PE108"] = Model(() => Make(total: Total("0", "0", "0", "10", "", "10"))),
        // ---- indicators
        ["PE201"] = Model(() => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "5次", "5次", "20", "25")))),
        ["PE202"] = Model(() => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "10次", "5次", "20", "15")))),
        ["PE203"] = Model(() => Make(indicators: CleanWith(2, Ind("时效指标", "指标1：工作及时性", "及时", "基本及时", "10", "10")))),
        ["PE204"] = Model(() => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "10次", "5次", "20", "10")))),
        ["PE205"] = Model(() => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "5次", "10次", "20", "20")))),
        ["PE206"] = Model(() => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "5次", "5次", "", "20")))),
        ["PE207"] = Model(() => Make(indicators: Indicators(
            (0, Ind("数量指标", "指标1：接待次数", "5次", "5次", "10", "10")),
            (4, Ind("社会效益指标", "指标1：群众认可度", "100%", "100%", "40", "40"))))),
        // 产出指标 printed as 40 points over rows of 50.
        ["PE208"] = Files(dir => Docx(dir, "label-weight.docx", National(rows => rows[10][1] = "产出指标（40分）"))),
        ["PE209"] = Model(() => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "10次", "8次", "20", "20")))),
        ["PE210"] = Model(() => Make(indicators: Indicators(
            (3, Ind("成本指标", "指标1：接待费用", "8万", "8万", "10", "10")),
            (5, Ind("服务对象满意度指标", "指标1：满意度", "≥90%", "90%", "10", "10"))))),
        ["PE211"] = Model(() => Make(indicators: CleanWith(3, Ind("成本指标", "指标1：项目总成本", "10万", "9万", "10", "10")))),
        ["PE212"] = Model(() => Make(indicators: CleanWith(1, Ind("质量指标", "指标1：", "100%", "100%", "10", "10")))),
        ["PE213"] = Model(() => Make(indicators: CleanWith(1, Ind("质量指标", "指标1：投诉次数", "≤0次", "2次", "10", "10")))),
        // ---- totals
        ["PE301"] = Model(() => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "5次", "5次", "30", "30")))),
        ["PE302"] = Model(() => Make(statedTotal: "90")),
        ["PE303"] = Model(() => Make(statedTotal: "")),
        ["PE304"] = Model(() => Make(statedTotal: "90")),
        // 65% executed: the capped profile allows at most 79.
        ["PE305"] = Model(() => Make(total: Total("10", "10", "6.5", "10", "65%", "6.5"), statedTotal: "96.5"),
            () => Make(total: Total("10", "10", "6.5", "10", "65%", "6.5"), statedTotal: "79"), Profiles.All["capped"]),
        ["PE306"] = Model(() => Make(totalRemark: "自评等级：良")),
        // ---- narrative
        ["PE401"] = Model(() => Make(goalActual: "全年实际执行资金8万元")),
        ["PE402"] = Model(() => Make(goalActual: "全年完成接待次数3次")),
        ["PE403"] = Model(() => Make(total: Total("10", "10", "5", "10", "50%", "5"), statedTotal: "95", goalActual: "实施情况按预算要求及时完成")),
    };

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in Fixtures.Keys) data.Add(code);
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_rule_fires_on_its_fixture_and_not_on_the_clean_form(string code)
    {
        using var dir = new TempFolder();
        var fixture = Fixtures[code];
        var fired = fixture.Fires(dir.Path).Where(f => f.Finding.Rule == code).ToList();
        var quiet = fixture.Quiet(dir.Path).Where(f => f.Finding.Rule == code).ToList();
        Assert.NotEmpty(fired);
        Assert.Empty(quiet);
        var text = new StringBuilder($"# {code}: the fixture that fires it\n");
        foreach (var (f, fallback) in fired)
            text.Append($"{f.Severity.Name()} {f.Rule} {f.LocationText(fallback)}  {f.Message.Replace(dir.Path, "<folder>")}  expected={(f.Expected is { } e ? Fmt.N(e) : "-")} actual={(f.Actual is { } a ? Fmt.N(a) : "-")}\n");
        text.Append($"# {fixture.QuietName}\n(no finding)\n");
        Snapshot.Match(Path.Combine("rules", code + ".txt"), text.ToString());
    }

    [Fact]
    public void Every_rule_of_the_catalog_has_a_fixture_and_a_snapshot()
    {
        var codes = RuleCatalog.All.Select(r => r.Code).ToList();
        var missing = codes.Where(c => !Fixtures.ContainsKey(c)).ToList();
        Assert.True(missing.Count == 0,
            $"no fixture for {string.Join(", ", missing)}: add to RuleSnapshotTests.Fixtures a form that fires the rule " +
            $"(and, if the clean form fires it too, one that does not), then run the tests with {Snapshot.UpdateVariable}=1 and commit Snapshots/rules/CODE.txt");
        Assert.Empty(Fixtures.Keys.Except(codes));
        var snapshots = Directory.GetFiles(Path.Combine(Snapshot.Folder, "rules"), "*.txt").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Empty(codes.Except(snapshots!));
        Assert.Empty(snapshots.Except(codes));
    }
}
