using PerfEval.Model;
using PerfEval.Recognition;

namespace PerfEval.Scoring;

/// <summary>
/// A row the form marks as not applying to this project: its target or actual
/// says 不适用 / 不涉及 / 无此项 and it carries no score. Such a row is left out
/// of the sums (and the rest rescaled to 100 when the profile says so).
/// </summary>
public static class NotApplicable
{
    static readonly string[] Words = { "不适用", "不涉及", "无此项", "本项目无此项", "无此内容", "不考核" };

    public static bool Says(string? text)
    {
        var k = TextNorm.Key(text);
        return k.Length > 0 && Words.Any(w => k.Contains(w, StringComparison.Ordinal));
    }

    public static bool Is(Indicator ind) =>
        (Says(ind.Target.Raw) || Says(ind.Actual.Raw) || Says(ind.Name)) && ind.Score.Value is null or 0m;
}
