using PerfEval.Findings;
using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Rules;

public class HeaderRuleTests
{
    [Fact]
    public void PE003_fires_for_each_empty_header_field()
    {
        var found = Of(Make(project: "", implementer: " ", year: null), "PE003");
        Assert.Equal(3, found.Count);
        Assert.Contains(found, f => f.Message.Contains("项目名称"));
        Assert.Contains(found, f => f.Message.Contains("实施单位"));
        Assert.Contains(found, f => f.Message.Contains("年度"));
        Assert.All(found, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void PE005_names_the_cell_that_is_not_a_number()
    {
        var inds = CleanWith(0, Ind("数量指标", "接待次数", "5次", "5次", "20", "5..0"));
        var f = Assert.Single(Of(Make(indicators: inds, statedTotal: "一百"), "PE005", null), x => x.Message.Contains("接待次数"));
        Assert.Contains("5..0", f.Message);
        Assert.Equal(2, Of(Make(indicators: inds, statedTotal: "一百"), "PE005").Count);
    }

    [Fact]
    public void PE005_does_not_take_a_dash_for_a_bad_number()
    {
        var carry = Funding(PerfEval.Model.FundingKind.CarryOver, "", "", "", "—", "", "—");
        Assert.Empty(Of(Make(carry: carry), "PE005"));
    }
}
