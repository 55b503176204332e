using System.Globalization;
using PerfEval.Values;

namespace PerfEval.Tests.Values;

public class ToleranceTests
{
    static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("1.5", "1.545", true, true)]
    [InlineData("1.5", "1.4499", true, false)]
    [InlineData("5", "4.95", true, true)]
    [InlineData("5", "5.05", true, true)]
    [InlineData("5", "4.949", true, false)]
    [InlineData("4", "4.5", true, false)]
    [InlineData("0.07", "0.1125", true, false)]
    [InlineData("72.45", "74.49", true, false)]
    [InlineData("99.38", "99.38", true, true)]
    [InlineData("94%", "93.79", false, true)]
    [InlineData("94%", "93.49", false, false)]
    [InlineData("1.12%", "1.125", false, true)]
    [InlineData("1.12%", "1.1251", false, false)]
    [InlineData("20.04%", "20.4", false, false)]
    [InlineData("15.45", "15.454545454545", false, true)]
    [InlineData("47%", "47.077", false, true)]
    [InlineData("47", "47.077", true, false)]
    [InlineData("-5", "-4.96", true, true)]
    public void Matches(string stated, string computed, bool isScore, bool expected)
    {
        Assert.Equal(expected, Tolerance.Matches(NumberText.Parse(stated, null), D(computed), isScore));
    }

    [Theory]
    [InlineData("")]
    [InlineData("—")]
    [InlineData("abc")]
    public void NoNumberNeverMatches(string stated)
    {
        Assert.False(Tolerance.Matches(NumberText.Parse(stated, null), 0m, true));
    }

    [Fact]
    public void HugeDifferenceDoesNotThrow()
    {
        var stated = NumberText.FromCell("", decimal.MaxValue, false, null);
        Assert.False(Tolerance.Matches(stated, decimal.MinValue, true));
    }

    [Fact]
    public void ManyWrittenPlacesStillCompare()
    {
        var stated = NumberText.Parse("0." + new string('3', 40), null);
        Assert.True(Tolerance.Matches(stated, stated.Value!.Value, false));
    }

    [Theory]
    [InlineData("1.545", "1.55")]
    [InlineData("1.544", "1.54")]
    [InlineData("-1.545", "-1.55")]
    [InlineData("6.25", "6.25")]
    [InlineData("0.125", "0.13")]
    public void Round2IsHalfAwayFromZero(string x, string expected)
    {
        Assert.Equal(D(expected), Tolerance.Round2(D(x)));
    }
}
