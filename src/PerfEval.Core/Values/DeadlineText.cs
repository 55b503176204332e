using System.Text.RegularExpressions;

namespace PerfEval.Values;

/// <summary>
/// A point in time written in a 时效 cell: 10月底前完成, 2021年12月完成, 12月,
/// 年底前, 上半年. Compared by month and day (the last day when none is
/// written); the year only when both sides write one. 全年 is a span, not a
/// point, and is not read.
/// </summary>
public readonly record struct Deadline(int? Year, int Month, int Day)
{
    public int Key => Month * 100 + Day;

    /// <summary>True when this point lies after the other (the deadline missed).</summary>
    public bool IsAfter(Deadline other) =>
        Year is { } y && other.Year is { } oy && y != oy ? y > oy : Key > other.Key;
}

public static partial class DeadlineText
{
    [GeneratedRegex(@"^(?:(?<y>\d{4})年(?:度)?)?(?<m>\d{1,2})月(?:份)?(?:(?<d>\d{1,2})[日号])?(?<rest>.*)$")]
    private static partial Regex MonthDay();

    // What may follow the date in a deadline: 底前完成, 前, 完成, 以前, 截止.
    static readonly string[] Tails =
    {
        "", "底", "末", "底前", "末前", "前", "之前", "以前", "完成", "底前完成", "末前完成", "前完成", "之前完成",
        "以前完成", "底完成", "末完成", "内完成", "截止", "止", "完成发放", "发放", "到位", "全部完成", "已完成",
    };

    public static bool TryParse(string? raw, out Deadline deadline)
    {
        deadline = default;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var s = TextFold.Fold(raw).TrimStart('=').TrimEnd('。', '.');
        if (s.StartsWith("于", StringComparison.Ordinal) || s.StartsWith("在", StringComparison.Ordinal)) s = s[1..];
        int? year = null;
        var ym = Regex.Match(s, @"^(\d{4})年(?:度)?");
        if (ym.Success && s[ym.Length..] is var after && (after.StartsWith("底") || after.StartsWith("末") || after.StartsWith("上半年") || after.StartsWith("下半年")))
        {
            year = int.Parse(ym.Groups[1].Value);
            s = after;
        }
        switch (s)
        {
            case "年底" or "年底前" or "年末" or "年末前" or "年底前完成" or "年末前完成" or "年底完成" or "下半年" or "下半年完成":
                deadline = new Deadline(year, 12, 31);
                return true;
            case "上半年" or "上半年完成" or "6月底前":
                deadline = new Deadline(year, 6, 30);
                return true;
        }
        var m = MonthDay().Match(s);
        if (!m.Success || !Tails.Contains(m.Groups["rest"].Value)) return false;
        int month = int.Parse(m.Groups["m"].Value);
        if (month is < 1 or > 12) return false;
        int day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value) : 31;
        if (day is < 1 or > 31) return false;
        deadline = new Deadline(m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : year, month, day);
        return true;
    }
}
