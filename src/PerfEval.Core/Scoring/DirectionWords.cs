using PerfEval.Recognition;

namespace PerfEval.Scoring;

/// <summary>
/// The words that make an indicator reverse (lower is better) by its meaning,
/// whatever block it sits in. The one table of them; perfeval.json replaces
/// any of the three lists (scoring.reverseWords), docs/configuration.md lists them.
/// </summary>
public sealed record DirectionWords
{
    /// <summary>Reverse wherever they appear in the indicator's name: 结余率 5% is met by 3%.</summary>
    public IReadOnlyList<string> Always { get; init; } = new[]
    {
        "结余率", "差错率", "错误率", "失误率", "投诉", "事故", "超支", "损失", "违规", "违纪", "违法",
        "不合格", "返工", "流失", "发生率", "故障", "伤亡", "死亡", "逾期", "超标", "闲置率", "空置率",
        "误差", "退货", "返修", "拖欠", "发案", "案件数",
    };

    /// <summary>Reverse under 时效指标 only: a duration there is better shorter.</summary>
    public IReadOnlyList<string> Timeliness { get; init; } = new[]
    {
        "时长", "用时", "耗时", "天数", "时限", "周期", "办理时间", "办结时间", "响应时间", "等待时间", "工作日",
    };

    /// <summary>A name with one of these is about curing the reverse thing, and stays positive: 投诉处理率, 事故下降率.</summary>
    public IReadOnlyList<string> Except { get; init; } = new[]
    {
        "处理", "办结", "解决", "整改", "回复", "查处", "结案", "下降", "降低", "减少", "防范", "挽回", "化解", "受理",
    };

    public static DirectionWords Default { get; } = new();

    // Lists compare by their words, so a configuration that spells out the defaults is the national profile.
    public bool Equals(DirectionWords? other) =>
        other is not null && Always.SequenceEqual(other.Always) && Timeliness.SequenceEqual(other.Timeliness) && Except.SequenceEqual(other.Except);

    public override int GetHashCode() => HashCode.Combine(Always.Count, Timeliness.Count, Except.Count);

    /// <summary>Units of a duration: a number of them under 时效指标 is better smaller.</summary>
    static readonly HashSet<string> DurationUnits = new() { "天", "日", "个月", "月", "年", "小时", "分钟", "周", "工作日", "个工作日", "季度", "秒" };

    /// <summary>The word that makes the indicator reverse, or null; <paramref name="timeliness"/>: under 时效指标 (Indicator.IsTimeliness).</summary>
    public string? ReverseWord(bool timeliness, string name, string? unit)
    {
        var n = TextNorm.Key(name);
        if (Except.Any(w => n.Contains(w, StringComparison.Ordinal))) return null;
        var word = Always.FirstOrDefault(w => n.Contains(w, StringComparison.Ordinal));
        if (word is not null || !timeliness) return word;
        word = Timeliness.FirstOrDefault(w => n.Contains(w, StringComparison.Ordinal));
        if (word is not null) return word;
        return unit is not null && DurationUnits.Contains(unit) ? "时效指标的时长" : null;
    }
}
