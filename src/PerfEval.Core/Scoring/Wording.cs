using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Scoring;

/// <summary>What the words of a qualitative actual say about the target.</summary>
public enum Achievement { Unknown, Achieved, Partial, NotAchieved }

/// <summary>
/// Reads a qualitative actual the way the national note words its three bands:
/// 达成预期指标 (80–100% of the weight), 部分达成预期指标并具有一定效果 (60–80%),
/// 未达成预期指标且效果较差 (0–60%), and the short forms units write instead.
/// </summary>
public static class Wording
{
    static readonly string[] Partial =
    {
        "部分达成", "基本达成", "部分完成", "基本完成", "部分实现", "基本实现", "部分达到", "基本达到", "具有一定效果", "有一定效果", "一定效果", "基本满意", "基本及时", "基本健全",
    };
    static readonly string[] NotAchieved =
    {
        "未达成", "未完成", "未达到", "未实现", "未开展", "未按", "不及时", "未能", "效果较差", "没有完成", "没有达到", "不满意", "不健全",
    };
    static readonly string[] NotAchievedExact = { "否", "无", "未", "不合格", "差", "较差", "没有" };
    static readonly string[] Achieved =
    {
        "是", "完成", "已完成", "达到", "达成", "及时", "健全", "合格", "全部完成", "按时完成", "达成预期指标", "认可", "满意",
        "达成预期", "达到预期", "完成预期", "良好", "优", "优秀", "好", "有效", "显著",
    };
    // The target met by saying it did not happen: 0 → 没有, 无投诉 → 没有投诉.
    static readonly string[] Nothing = { "没有", "无", "零", "未发生", "未出现", "杜绝", "0" };

    public static Achievement Of(string target, string actual)
    {
        var a = TextNorm.Key(actual).TrimStart('=').TrimEnd('。', '.');
        var t = TextNorm.Key(target).TrimEnd('。', '.');
        if (a.Length == 0) return Achievement.Unknown;
        if (a == t || Restates(t, a)) return Achievement.Achieved;
        if (Partial.Any(w => a.Contains(w, StringComparison.Ordinal))) return Achievement.Partial;
        if (NotAchievedExact.Contains(a) || NotAchieved.Any(w => a.Contains(w, StringComparison.Ordinal))) return Achievement.NotAchieved;
        if (Achieved.Contains(a) || a.StartsWith("已", StringComparison.Ordinal) || a.StartsWith("达成预期", StringComparison.Ordinal))
            return Achievement.Achieved;
        return Achievement.Unknown;
    }

    /// <summary>A target of none (0, 无…, 否) and an actual that says none happened.</summary>
    static bool Restates(string t, string a)
    {
        bool targetNone = ValueParser.Parse(t) is { Number: 0m } || t.StartsWith("无", StringComparison.Ordinal)
            || t.StartsWith("没有", StringComparison.Ordinal) || t.StartsWith("零", StringComparison.Ordinal) || t == "否";
        if (!targetNone) return false;
        if (t == "否") return a is "否" or "没有" or "无";
        return Nothing.Any(w => a.StartsWith(w, StringComparison.Ordinal)) && ValueParser.Parse(a) is not { Number: > 0m };
    }

    /// <summary>The band of the weight, in percent, that the wording allows: [Low, High] with the profile's edges.</summary>
    public static (decimal Low, decimal High, bool LowInclusive, bool HighInclusive) Band(Achievement a, decimal high, decimal low) => a switch
    {
        Achievement.Achieved => (high, 100m, true, true),
        Achievement.Partial => (low, high, true, false),
        _ => (0m, low, true, false),
    };
}
