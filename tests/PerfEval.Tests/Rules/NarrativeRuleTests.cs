using static PerfEval.Tests.Rules.TestForms;

namespace PerfEval.Tests.Rules;

public class NarrativeRuleTests
{
    [Fact]
    public void PE401_fires_when_the_goal_text_quotes_another_amount()
    {
        var form = Make(goalExpected: "年初预算资金12万元主要用于接待", goalActual: "当年实际执行1.7万元");
        var found = Of(form, "PE401");
        Assert.Equal(2, found.Count);
        Assert.Contains(found, f => f.Message.Contains("预算资金12万元"));
        Assert.Contains(found, f => f.Message.Contains("执行1.7万元"));
    }

    [Fact]
    public void PE401_accepts_matching_amounts_in_yuan_or_wanyuan()
    {
        var form = Make(goalExpected: "年初预算资金10万元", goalActual: "当年实际执行100000元");
        Assert.Empty(Of(form, "PE401"));
    }

    [Fact]
    public void PE402_fires_when_a_count_in_the_text_contradicts_the_indicator()
    {
        var inds = CleanWith(0, Ind("数量指标", "指标1：驻村工作人员数量", "4人", "4人", "20", "20"));
        var form = Make(indicators: inds, goalExpected: "年初预算资金10万元主要用于14名驻村工作人员补助发放。");
        var f = Assert.Single(Of(form, "PE402"));
        Assert.Contains("14名驻村工作人员", f.Message);
        Assert.Contains("驻村工作人员数量", f.Message);
    }

    [Fact]
    public void PE402_is_quiet_when_the_count_agrees()
    {
        var inds = CleanWith(0, Ind("数量指标", "指标1：驻村工作人员数量", "4人", "4人", "20", "20"));
        var form = Make(indicators: inds, goalExpected: "用于4名驻村工作人员补助发放。");
        Assert.Empty(Of(form, "PE402"));
    }
}
