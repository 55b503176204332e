using System.Text;
using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Tests.Support;
using PerfEval.Values;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Rules;

/// <summary>
/// Per rule, a form that fires it and one that does not, with the rule's findings
/// compared to Snapshots/rules/CODE.txt (as ruff's snapshot tests do). A changed
/// message or cell shows as a diff; PERFEVAL_UPDATE_SNAPSHOTS=1 rewrites the file
/// for review. A new rule adds its line here and its snapshot.
/// </summary>
public class RuleSnapshotTests
{
    static readonly Dictionary<string, Func<Form>> Fires = new()
    {
        ["PE003"] = () => Make(project: ""),
        ["PE004"] = () => Make(indicators: new()),
        ["PE005"] = () => Make(statedTotal: "一百"),
        ["PE101"] = () => Make(appropriation: Funding(FundingKind.Appropriation, "5", "5", "5")),
        ["PE102"] = () => Make(total: Funding(FundingKind.Total, "10", "10", "12", "10", "120%", "10")),
        ["PE103"] = () => Make(total: Funding(FundingKind.Total, "10", "10", "10", "10", "90%", "10")),
        ["PE104"] = () => Make(total: Funding(FundingKind.Total, "10", "10", "5", "10", "50%", "10")),
        ["PE105"] = () => Make(total: Funding(FundingKind.Total, "10", "10", "10", "20", "100%", "20")),
        ["PE201"] = () => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "5次", "5次", "20", "25"))),
        ["PE202"] = () => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "10次", "5次", "20", "20"))),
        ["PE204"] = () => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "10次", "5次", "20", "10"))),
        ["PE205"] = () => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "5次", "10次", "20", "20"))),
        ["PE206"] = () => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "5次", "5次", "", "20"))),
        ["PE301"] = () => Make(indicators: CleanWith(0, Ind("数量指标", "指标1：接待次数", "5次", "5次", "30", "30"))),
        ["PE302"] = () => Make(statedTotal: "90"),
        ["PE303"] = () => Make(statedTotal: ""),
        ["PE304"] = () => Make(statedTotal: "90"),
    };

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in Fires.Keys) data.Add(code);
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void A_rule_fires_on_its_fixture_and_not_on_the_clean_form(string code)
    {
        Restart();
        var fired = Of(Fires[code](), code);
        Restart();
        var quiet = Of(Make(), code);
        Assert.NotEmpty(fired);
        Assert.Empty(quiet);
        var text = new StringBuilder($"# {code}: the fixture that fires it\n");
        foreach (var f in fired)
            text.Append($"{f.Severity.Name()} {f.Rule} {f.LocationText("表1")}  {f.Message}  expected={(f.Expected is { } e ? Fmt.N(e) : "-")} actual={(f.Actual is { } a ? Fmt.N(a) : "-")}\n");
        text.Append("# the clean form\n(no finding)\n");
        Snapshot.Match(Path.Combine("rules", code + ".txt"), text.ToString());
    }
}
