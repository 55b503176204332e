using PerfEval.Recognition;

namespace PerfEval.Rules;

/// <summary>
/// Whether a reason or explanation cell says anything. 无, /, —, 暂无, 没有,
/// 见上 and the like fill the cell without explaining, so they count as
/// missing (PE204, PE106, PE107).
/// </summary>
public static class Reasons
{
    static readonly HashSet<string> Empty = new(StringComparer.Ordinal)
    {
        "", "无", "/", "／", "\\", "—", "——", "-", "--", "－", "~", "暂无", "没有", "见上", "同上", "见上文", "详见上文", "如上", "见前",
        "略", "无偏差", "无原因", "不详", "待定", "na", "n/a", "none", "null", "0", "x", "无无", "空",
    };

    public static bool IsMissing(string? text)
    {
        var k = TextNorm.Key(text).ToLowerInvariant().Trim('。', '.', '，', ',', '；', ';', '、', '：', ':', '!', '！');
        return Empty.Contains(k);
    }

    // Words that give a cause or an account of money not spent.
    static readonly string[] Causes =
    {
        "因", "由于", "原因", "导致", "致使", "偏差", "影响", "未执行", "未支付", "未使用", "未拨付", "未到位", "结余", "节约",
        "延期", "推迟", "暂缓", "取消", "压减", "缩减", "收回", "未完成", "尚未", "滞后", "跨年", "结转",
    };

    /// <summary>Text that is not a non-reason and names a cause: 因疫情未开展, 资金结余 3 万元.</summary>
    public static bool Explains(string? text) =>
        !IsMissing(text) && Causes.Any(c => TextNorm.Key(text).Contains(c, StringComparison.Ordinal));
}
