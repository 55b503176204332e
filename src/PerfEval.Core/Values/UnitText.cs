namespace PerfEval.Values;

/// <summary>
/// Decides whether the text after a number is a unit (元/人, 万/批次, /套, 个月)
/// or free words (100%完成), and gives the unit its normal spelling.
/// </summary>
internal static class UnitText
{
    static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "%", "‰", "百分点", "元", "万", "亿", "次", "人", "户", "批", "对", "册", "个", "套",
        "天", "月", "年", "小时", "批次", "场", "项", "篇", "名", "家", "期", "份", "辆",
        "公里", "米", "平方米", "立方米", "平方公里", "公顷", "亩", "吨", "公斤", "千克", "克",
        "千米", "厘米", "毫米", "分钟", "秒", "周", "季度", "工作日", "学时", "课时", "人次",
        "户次", "场次", "千瓦", "千瓦时", "度", "倍", "年度",
        "km", "m", "kg", "t", "h", "m2", "m3", "㎡", "㎥", "㎞", "㎏", "kb", "mb", "gb", "tb",
    };

    // Single characters that follow numbers in phrases, not as measure words:
    // 5月底, 3日前, 10余人, 100%完成 must not read as "5 of 底".
    const string NotMeasure =
        "以内外前后底初末中上下左右多余等及完成是否起止至到时点达约和或为已未共计整满全均每" +
        "一二三四五六七八九十百千两零";

    const int MaxPartLength = 6;

    /// <summary>Null unit for an empty tail; false when the tail is not a unit.</summary>
    public static bool TryNormalize(string tail, out string? unit)
    {
        unit = null;
        if (tail.Length == 0)
            return true;
        var slash = tail.IndexOf('/');
        if (slash < 0)
        {
            var part = Spell(tail);
            if (!IsPart(part))
                return false;
            unit = part;
            return true;
        }
        var left = Spell(tail[..slash]);
        var right = Spell(tail[(slash + 1)..]);
        if ((left.Length > 0 && !IsPart(left)) || !IsPart(right))
            return false;
        unit = left + "/" + right;
        return true;
    }

    /// <summary>One spelling per unit, so equal units compare equal.</summary>
    public static string Spell(string part) => part switch
    {
        "百分比" => "%",
        "万元" => "万",
        "亿元" => "亿",
        _ => part,
    };

    static bool IsPart(string p)
    {
        if (p.Length == 0 || p.Length > MaxPartLength || p.Contains('/'))
            return false;
        if (Known.Contains(p) || IsMeasureChar(p))
            return true;
        // 万人, 个月, 人次: a magnitude, 个 or 次 around a plain unit.
        if (p.Length > 1 && (p[0] is '万' or '亿' or '千' or '个') && IsPart(p[1..]))
            return true;
        return p.Length > 1 && p[^1] == '次' && IsPart(p[..^1]);
    }

    static bool IsMeasureChar(string p) =>
        p.Length == 1 && p[0] is >= '\u4E00' and <= '\u9FFF' && !NotMeasure.Contains(p[0]);
}
