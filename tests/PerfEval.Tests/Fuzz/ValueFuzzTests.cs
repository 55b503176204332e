using CsCheck;
using PerfEval.Values;

namespace PerfEval.Tests.Fuzz;

/// <summary>
/// The value parsers take whatever a cell holds. Whatever that is, they
/// return a value or "not a number", never throw, and agree with themselves.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ValueFuzzTests
{
    /// <summary>Pieces real cells are made of, and pieces that break naive parsers.</summary>
    static readonly string[] Pieces =
    {
        "0", "1", "5", "9", "12", "100", "0.5", ".", "..", ",", "1,000", "-", "+", "－", "−", "＋", "e", "E", "e308", "1e308", "1E+308",
        "NaN", "Infinity", "∞", "%", "％", "百分比", "万", "万元", "元", "亿", "次", "人", "户", "批", "批次", "/", "／", "套", "天", "月", "年",
        "≥", "≤", "=", "＝", ">", "<", "＞", "＜", ">=", "<=", "≧", "≦", "不低于", "不少于", "大于等于", "不高于", "不超过", "小于等于",
        "以上", "以下", "以内", "左右", "约", "及时", "是", "定性", "完成", "全年", "８", "５", "．", " ", "\u00A0", "\u200B", "\uFEFF",
        "\n", "\t", "—", "–", "无", "79228162514264337593543950335", "0.0000000000000000000000000001", "99999999999999999999999999999999",
        "😀", "\uD800", "\uDC00", "<", "&amp;", "]]>", "\0",
    };

    static readonly Gen<string> CellText = Gen.OneOf(
        Gen.OneOf(Pieces).Array[0, 8].Select(parts => string.Concat(parts)),
        Gen.String[Gen.Char, 0, 40],
        Gen.Decimal.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ValueParser_never_throws_and_keeps_what_it_read()
    {
        CellText.Sample(text =>
        {
            var v = ValueParser.Parse(text);
            if (string.IsNullOrWhiteSpace(text))
            {
                Assert.True(v.IsBlank);
                return;
            }
            Assert.Equal(text.Trim(), v.Raw);
            Assert.Equal(v, ValueParser.Parse(v.Raw)); // parsing what it kept changes nothing
            Assert.True(v.IsQuantitative || v.IsQualitative);
        }, time: FuzzTime.Seconds(1), threads: FuzzTime.Threads);
    }

    [Fact]
    public void NumberText_never_throws_and_says_number_blank_or_invalid()
    {
        Gen.Select(CellText, Gen.Decimal.Nullable(), Gen.Bool).Sample((text, number, percent) =>
        {
            foreach (var n in new[] { NumberText.Parse(text, null), NumberText.FromCell(text, number, percent, null) })
            {
                int states = (n.HasValue ? 1 : 0) + (n.IsBlank ? 1 : 0) + (n.IsInvalid ? 1 : 0);
                Assert.Equal(1, states);
                Assert.True(n.Decimals >= 0);
            }
        }, time: FuzzTime.Seconds(1), threads: FuzzTime.Threads);
    }

    static readonly string[] Units = { "", "%", "万", "元", "亿", "万元", "人", "批", "批次", "元/人", "万/批次", "/套", "次/年" };

    [Fact]
    public void UnitMath_never_throws_and_aligns_only_numbers()
    {
        var extreme = Gen.OneOf(Gen.Decimal, Gen.OneOf(decimal.MaxValue, decimal.MinValue, 0m, 1e-28m, -1e-28m, 79228162514264337593543950.335m));
        var value = Gen.OneOf(
            CellText.Select(ValueParser.Parse),
            Gen.Select(extreme, Gen.OneOf(Units), (n, u) => new ParsedValue(n + u, Comparator.None, n, u)));
        Gen.Select(value, value).Sample((target, actual) =>
        {
            if (UnitMath.TryAlign(target, actual, out var t, out var a))
            {
                Assert.True(target.IsQuantitative && actual.IsQuantitative);
                Assert.Equal(target.Number, t);
            }
        }, time: FuzzTime.Seconds(1), threads: FuzzTime.Threads);
    }
}
