namespace PerfEval.Tests.Rules;

public class CleanFormTests
{
    [Fact]
    public void The_clean_form_draws_no_finding_and_recomputes_to_100()
    {
        var result = TestForms.Check(TestForms.Make());
        Assert.Empty(result.Findings);
        Assert.Equal(100m, result.Score.RecomputedTotal);
        Assert.Equal("优", result.Score.Grade);
        Assert.Equal(100m, result.Score.WeightSum);
    }
}
