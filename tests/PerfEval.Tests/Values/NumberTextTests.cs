using System.Globalization;
using PerfEval.Grid;
using PerfEval.Values;

namespace PerfEval.Tests.Values;

public class NumberTextTests
{
    static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("11", "11", 0, false)]
    [InlineData("1.7", "1.7", 1, false)]
    [InlineData("1.50", "1.50", 2, false)]
    [InlineData("87.4", "87.4", 1, false)]
    [InlineData("0", "0", 0, false)]
    [InlineData("15.45%", "15.45", 2, true)]
    [InlineData("94％", "94", 0, true)]
    [InlineData("１２．５", "12.5", 1, false)]
    [InlineData(" 1,000.5 ", "1000.5", 1, false)]
    [InlineData("1，000", "1000", 0, false)]
    [InlineData("= 47.84", "47.84", 2, false)]
    [InlineData("＝5", "5", 0, false)]
    [InlineData("约3.06", "3.06", 2, false)]
    [InlineData("12.5分", "12.5", 1, false)]
    [InlineData("11万元", "11", 0, false)]
    [InlineData("1.98万", "1.98", 2, false)]
    [InlineData("3570元", "3570", 0, false)]
    [InlineData("-5", "-5", 0, false)]
    [InlineData("－0.5", "-0.5", 1, false)]
    [InlineData(".5", "0.5", 1, false)]
    public void Numbers(string raw, string value, int decimals, bool percent)
    {
        var at = new CellRef(1, 5, 3);
        var n = NumberText.Parse(raw, at);
        Assert.False(n.IsInvalid);
        Assert.Equal(D(value), n.Value);
        Assert.Equal(decimals, n.Decimals);
        Assert.Equal(percent, n.IsPercent);
        Assert.Equal(raw.Trim(), n.Raw);
        Assert.Equal(at, n.Ref);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("-")]
    [InlineData("－")]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData("无")]
    [InlineData(" — ")]
    public void BlankOrNotApplicable(string? raw)
    {
        var n = NumberText.Parse(raw, null);
        Assert.True(n.IsBlank);
        Assert.False(n.IsInvalid);
        Assert.Null(n.Value);
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("5..0")]
    [InlineData("12.5.3")]
    [InlineData("abc")]
    [InlineData("1.2.3%")]
    [InlineData("99999999999999999999999999999999999")]
    [InlineData("%")]
    [InlineData("1,5")]
    [InlineData("5次")]
    [InlineData("--5")]
    public void Invalid(string raw)
    {
        var n = NumberText.Parse(raw, null);
        Assert.True(n.IsInvalid);
        Assert.False(n.IsBlank);
        Assert.Null(n.Value);
        Assert.Equal(raw, n.Raw);
    }

    [Theory]
    [InlineData("15.45%", "0.154545454545", true, "15.4545454545", 2, true)]
    [InlineData("94%", "0.9379", true, "93.79", 0, true)]
    [InlineData("1.50", "1.5", false, "1.5", 2, false)]
    [InlineData("11", "11", false, "11", 0, false)]
    [InlineData("", "0.125", false, "0.125", 3, false)]
    [InlineData("#VALUE", "1.2500", false, "1.2500", 2, false)]
    public void FromNumericCell(string text, string number, bool percentFormat, string value, int decimals, bool percent)
    {
        var n = NumberText.FromCell(text, D(number), percentFormat, new CellRef(0, 3, 2, "Sheet1"));
        Assert.False(n.IsInvalid);
        Assert.Equal(D(value), n.Value);
        Assert.Equal(decimals, n.Decimals);
        Assert.Equal(percent, n.IsPercent);
    }

    [Fact]
    public void FromTextCellParsesTheText()
    {
        var n = NumberText.FromCell("20.04%", null, false, null);
        Assert.Equal(20.04m, n.Value);
        Assert.Equal(2, n.Decimals);
        Assert.True(n.IsPercent);
        Assert.True(NumberText.FromCell("abc", null, false, null).IsInvalid);
    }

    [Fact]
    public void FromCellOverflowIsInvalid()
    {
        var n = NumberText.FromCell("", decimal.MaxValue, true, null);
        Assert.True(n.IsInvalid);
    }
}
