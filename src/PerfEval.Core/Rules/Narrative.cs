using System.Globalization;
using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// The free texts of a form that quote numbers (the two 年度总体目标 texts and
/// the 项目绩效分析 texts), in the key form the narrative rules search:
/// half-width, without spaces, so 1 ．7 万元 reads as 1.7万元.
/// </summary>
public static class Narrative
{
    /// <param name="IsPlan">The 预期目标 text states the plan, which an indicator's target answers; the actual answers the others.</param>
    public sealed record Text(string Name, TextField Field, string Key, bool IsPlan = false)
    {
        /// <summary>The text's name and cell, for messages: 年度总体目标·实际完成情况（表2 第9行 第6列）.</summary>
        public string Where => Field.Ref is null ? Name : $"{Name}（{Field.Ref}）";
    }

    public static IEnumerable<Text> Of(Form f)
    {
        if (!f.GoalExpected.IsEmpty) yield return new Text("年度总体目标·预期目标", f.GoalExpected, TextNorm.Key(f.GoalExpected.Text), IsPlan: true);
        if (!f.GoalActual.IsEmpty) yield return new Text("年度总体目标·实际完成情况", f.GoalActual, TextNorm.Key(f.GoalActual.Text));
        foreach (var (label, field) in f.Analysis)
            if (!field.IsEmpty) yield return new Text(label, field, TextNorm.Key(field.Text));
    }

    /// <summary>
    /// True when the words just before a quoted number say it is about another year,
    /// a part of the whole or a unit price (上年, 其中, 接待费支出, 人均, 每月…), so the
    /// table's totals are not what it should agree with.
    /// </summary>
    public static bool AboutSomethingElse(string key, int index)
    {
        if (index > 0 && key[index - 1] == '费') return true;
        var before = key[Math.Max(0, index - 6)..index];
        foreach (var word in new[] { "其中", "上年", "去年", "往年", "上一年", "累计", "人均", "平均", "每人", "每月", "每次", "每批", "单价" })
            if (before.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    public static decimal Parse(string digits) => decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>Places after the decimal point as written.</summary>
    public static int Places(string digits) => digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;

    /// <summary>A number quoted with <paramref name="places"/> decimals agrees with a value within half a unit of its last place.</summary>
    public static bool Agrees(decimal quoted, int places, decimal value) => Tolerance.Within(quoted, places, value);
}
