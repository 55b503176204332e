using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Values;

namespace PerfEval.Rules;

/// <summary>
/// A grade the form states (the 总分 row's remark, or a 等级/自评等级 entry:
/// 优, 良好, 自评等级：优秀) that is not the grade of the total it states. Only on
/// forms whose weights add up to 100, since others get no grade.
/// </summary>
public sealed class PE306 : FormRule
{
    public override RuleInfo Info { get; } = new("PE306", Severity.Warning, "stated-grade-mismatch",
        "填报的自评等级与填报总分对应的等级不符")
    {
        Title = "填报等级与总分不符",
        English = "the stated grade differs from the grade of the stated total",
    };

    static readonly (string Word, string Grade)[] Words =
    {
        ("优秀", "优"), ("优", "优"), ("良好", "良"), ("良", "良"), ("中等", "中"), ("中", "中"), ("合格", "中"), ("一般", "中"),
        ("较差", "差"), ("不合格", "差"), ("差", "差"),
    };

    // A remark may begin with the label (自评等级：优秀): the grade labels, and two words for the result.
    static readonly string[] Prefixes = Labels.Grade.Concat(new[] { "自评结果", "评价结果" }).ToArray();

    public static string? GradeIn(string? text)
    {
        var k = TextNorm.Key(text).TrimEnd('。', '.');
        foreach (var p in Prefixes)
            if (k.StartsWith(p, StringComparison.Ordinal)) { k = k[p.Length..].TrimStart(':', '：', '为', '是'); break; }
        foreach (var (word, grade) in Words)
            if (k == word || k == word + "级") return grade;
        return null;
    }

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        if (f.StatedTotal.Value is not { } total || ctx.Score.WeightSum != 100m) yield break;
        var sources = new List<(string Text, Grid.CellRef? Ref)> { (f.TotalRemark, f.TotalRef) };
        if (!f.StatedGrade.IsEmpty) sources.Add((f.StatedGrade.Text, f.StatedGrade.Ref));
        foreach (var (text, at) in sources)
        {
            if (GradeIn(text) is not { } stated) continue;
            var should = ctx.Profile.Grade(total);
            if (stated != should)
                yield return Found($"填报等级“{text.Trim()}”与填报总分 {Fmt.S(f.StatedTotal)} 对应的等级“{should}”不符", at ?? f.StatedTotal.Ref);
            yield break;
        }
    }
}
