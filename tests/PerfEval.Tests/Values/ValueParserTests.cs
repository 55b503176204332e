using System.Globalization;
using PerfEval.Values;

namespace PerfEval.Tests.Values;

public class ValueParserTests
{
    static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    // Examples from the seed forms.
    [InlineData("5次", Comparator.None, "5", "次")]
    [InlineData("=1次", Comparator.Eq, "1", "次")]
    [InlineData("≥8", Comparator.Ge, "8", null)]
    [InlineData("≥10批", Comparator.Ge, "10", "批")]
    [InlineData("100%", Comparator.None, "100", "%")]
    [InlineData("99%", Comparator.None, "99", "%")]
    [InlineData("8万", Comparator.None, "8", "万")]
    [InlineData("=1.3万", Comparator.Eq, "1.3", "万")]
    [InlineData("1万/批次", Comparator.None, "1", "万/批次")]
    [InlineData("0.09万/批次", Comparator.None, "0.09", "万/批次")]
    [InlineData("3570元/人", Comparator.None, "3570", "元/人")]
    [InlineData("65/套", Comparator.None, "65", "/套")]
    [InlineData("61.2", Comparator.None, "61.2", null)]
    [InlineData("0.48", Comparator.None, "0.48", null)]
    [InlineData("≥100百分比", Comparator.Ge, "100", "%")]
    [InlineData("55户", Comparator.None, "55", "户")]
    [InlineData("4人", Comparator.None, "4", "人")]
    [InlineData("1对", Comparator.None, "1", "对")]
    [InlineData("7天", Comparator.None, "7", "天")]
    [InlineData("1000册", Comparator.None, "1000", "册")]
    [InlineData("≥7次", Comparator.Ge, "7", "次")]
    [InlineData("≥14人", Comparator.Ge, "14", "人")]
    [InlineData("1000元/人", Comparator.None, "1000", "元/人")]
    [InlineData("785元/人", Comparator.None, "785", "元/人")]
    // Spellings seen in other forms.
    [InlineData("１２．５％", Comparator.None, "12.5", "%")]
    [InlineData("＞＝９０％", Comparator.Ge, "90", "%")]
    [InlineData("≥=95%", Comparator.Ge, "95", "%")]
    [InlineData(">=95%", Comparator.Ge, "95", "%")]
    [InlineData("≧3", Comparator.Ge, "3", null)]
    [InlineData("≦3", Comparator.Le, "3", null)]
    [InlineData("＜5天", Comparator.Lt, "5", "天")]
    [InlineData(">2", Comparator.Gt, "2", null)]
    [InlineData("＝2", Comparator.Eq, "2", null)]
    [InlineData("≤ 1 0 万元", Comparator.Le, "10", "万")]
    [InlineData(" 1,000 元 ", Comparator.None, "1000", "元")]
    [InlineData("1，000,000人", Comparator.None, "1000000", "人")]
    [InlineData("不低于95%", Comparator.Ge, "95", "%")]
    [InlineData("不少于10人", Comparator.Ge, "10", "人")]
    [InlineData("大于等于80%", Comparator.Ge, "80", "%")]
    [InlineData("不高于5万元", Comparator.Le, "5", "万")]
    [InlineData("不超过3天", Comparator.Le, "3", "天")]
    [InlineData("小于等于2次", Comparator.Le, "2", "次")]
    [InlineData("大于1", Comparator.Gt, "1", null)]
    [InlineData("小于1", Comparator.Lt, "1", null)]
    [InlineData("等于1", Comparator.Eq, "1", null)]
    [InlineData("达到90%", Comparator.Ge, "90", "%")]
    [InlineData("10人以上", Comparator.Ge, "10", "人")]
    [InlineData("95%及以上", Comparator.Ge, "95", "%")]
    [InlineData("7天以内", Comparator.Le, "7", "天")]
    [InlineData("3天内", Comparator.Le, "3", "天")]
    [InlineData("≤7天以上", Comparator.Le, "7", "天")]
    [InlineData("12个月", Comparator.None, "12", "个月")]
    [InlineData("3年", Comparator.None, "3", "年")]
    [InlineData("5人次", Comparator.None, "5", "人次")]
    [InlineData("2万人", Comparator.None, "2", "万人")]
    [InlineData("200平方米", Comparator.None, "200", "平方米")]
    [InlineData("5台", Comparator.None, "5", "台")]
    [InlineData("2亿元", Comparator.None, "2", "亿")]
    [InlineData("8万元/批次", Comparator.None, "8", "万/批次")]
    [InlineData("-5", Comparator.None, "-5", null)]
    [InlineData("－5%", Comparator.None, "-5", "%")]
    [InlineData("约20人", Comparator.None, "20", "人")]
    public void Quantitative(string raw, Comparator cmp, string number, string? unit)
    {
        var v = ValueParser.Parse(raw);
        Assert.True(v.IsQuantitative);
        Assert.Equal(raw.Trim(), v.Raw);
        Assert.Equal(cmp, v.Comparator);
        Assert.Equal(D(number), v.Number);
        Assert.Equal(unit, v.Unit);
    }

    [Theory]
    [InlineData("全年")]
    [InlineData("上半年")]
    [InlineData("8月")]
    [InlineData("5月份")]
    [InlineData("８月")]
    [InlineData("15日")]
    [InlineData("10号")]
    [InlineData("12月31日")]
    [InlineData("6月底")]
    [InlineData("2021年")]
    [InlineData("2021年度")]
    [InlineData("≤6月")]
    [InlineData("及时")]
    [InlineData("是")]
    [InlineData("定性")]
    [InlineData("巩固")]
    [InlineData("认可")]
    [InlineData("加强")]
    [InlineData("达成预期指标")]
    [InlineData("健全")]
    [InlineData("提高")]
    [InlineData("完成")]
    [InlineData("100%完成")]
    [InlineData("完成率100%")]
    [InlineData("10余人")]
    [InlineData("≥")]
    [InlineData("1e308")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("5..0")]
    [InlineData("1,5")]
    [InlineData("99999999999999999999999999999999999")]
    [InlineData("1/2")]
    [InlineData("—")]
    public void Qualitative(string raw)
    {
        var v = ValueParser.Parse(raw);
        Assert.True(v.IsQualitative);
        Assert.Null(v.Number);
        Assert.Null(v.Unit);
        Assert.Equal(Comparator.None, v.Comparator);
        Assert.Equal(raw, v.Raw);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\t")]
    public void Blank(string? raw)
    {
        var v = ValueParser.Parse(raw);
        Assert.True(v.IsBlank);
        Assert.Equal("", v.Raw);
        Assert.Null(v.Number);
    }
}
