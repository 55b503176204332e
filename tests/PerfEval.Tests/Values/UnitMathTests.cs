using System.Globalization;
using PerfEval.Values;

namespace PerfEval.Tests.Values;

public class UnitMathTests
{
    static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("5次", "5", "5", "5")]                  // bare actual takes the target's unit
    [InlineData("100%", "99", "100", "99")]
    [InlineData("61.2", "65/套", "61.2", "65")]         // bare target takes the actual's
    [InlineData("≥10批", "12批", "10", "12")]
    [InlineData("≥100百分比", "98%", "100", "98")]
    [InlineData("8万", "75000元", "8", "7.5")]          // 万 vs 元, in the target's unit
    [InlineData("80000元", "7.5万", "80000", "75000")]
    [InlineData("5万元", "4万", "5", "4")]
    [InlineData("1万/批次", "9000元/批次", "1", "0.9")]
    [InlineData("1万/批次", "0.09万/批", "1", "0.09")]  // 批 and 批次 are one unit
    [InlineData("3570元/人", "0.3万/人", "3570", "3000")]
    [InlineData("65/套", "61.2元/套", "65", "61.2")]
    [InlineData("≥8", "=9", "8", "9")]
    public void Aligns(string target, string actual, string t, string a)
    {
        Assert.True(UnitMath.TryAlign(ValueParser.Parse(target), ValueParser.Parse(actual), out var tn, out var an));
        Assert.Equal(D(t), tn);
        Assert.Equal(D(a), an);
    }

    [Theory]
    [InlineData("5次", "5人")]
    [InlineData("100%", "5万")]
    [InlineData("1万/批次", "9000元/人")]
    [InlineData("3570元/人", "3570元")]
    [InlineData("65/套", "61.2/册")]
    [InlineData("12个月", "1年")]
    [InlineData("5次", "及时")]
    [InlineData("全年", "全年")]
    [InlineData("5次", "")]
    public void Refuses(string target, string actual)
    {
        Assert.False(UnitMath.TryAlign(ValueParser.Parse(target), ValueParser.Parse(actual), out _, out _));
    }

    [Fact]
    public void OverflowingConversionIsRefused()
    {
        var target = new ParsedValue("1元", Comparator.None, 1m, "元");
        var actual = new ParsedValue("huge", Comparator.None, decimal.MaxValue, "万");
        Assert.False(UnitMath.TryAlign(target, actual, out _, out _));
    }
}
