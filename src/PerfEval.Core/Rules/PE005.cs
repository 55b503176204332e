using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Rules;

public sealed class PE005 : FormRule
{
    public override RuleInfo Info { get; } = new("PE005", Severity.Error, "unparsable-number",
        "应填数字的单元格（金额、分值、得分、总分、执行率）填了其他内容")
    {
        Title = "数字无法识别",
        English = "a cell that must hold a number holds something else",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        foreach (var row in f.FundingRows)
        {
            foreach (var (n, col) in new[]
            {
                (row.Initial, "年初预算数"), (row.FullYear, "全年预算数"), (row.Executed, "全年执行数"),
                (row.Weight, "分值"), (row.Rate, "执行率"), (row.Score, "得分"),
            })
                if (n.IsInvalid) yield return Bad($"{row.Label}的{col}", n);
        }
        foreach (var ind in f.Indicators)
        {
            if (ind.Weight.IsInvalid) yield return Bad($"指标“{Names.Of(ind)}”的分值", ind.Weight);
            if (ind.Score.IsInvalid) yield return Bad($"指标“{Names.Of(ind)}”的得分", ind.Score);
        }
        if (f.TotalWeight.IsInvalid) yield return Bad("总分的分值", f.TotalWeight);
        if (f.StatedTotal.IsInvalid) yield return Bad("总分", f.StatedTotal);
    }

    Finding Bad(string what, StatedNumber n) => Found($"{what}“{Shorten(n.Raw)}”不是有效数字，请改为数字（如 12.5）", n.Ref);

    static string Shorten(string raw)
    {
        var t = raw.Trim().Replace('\n', ' ');
        return t.Length <= 40 ? t : t[..40] + "…";
    }
}
