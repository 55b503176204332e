using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Scoring;
using N = PerfEval.Writers.Workbook.TemplateNames;

namespace PerfEval.Writers.Workbook.Blocks;

/// <summary>
/// 绩效指标: one row per indicator, texts as stated, the numbers the score
/// formula reads in the helper columns, each recomputable 得分 a formula;
/// equal 一级 and 二级 cells merged down as the standard form prints them.
/// </summary>
internal static class IndicatorBlock
{
    /// <returns>The A1 ranges of the indicator scores and weights, for the total's formulas.</returns>
    public static (string Scores, string Weights) Write(FormContext c)
    {
        var form = c.Form;
        var level1 = new string[c.Rows];
        var level2 = new string[c.Rows];
        Array.Fill(level1, "");
        Array.Fill(level2, "");
        for (int i = 0; i < form.Indicators.Count; i++)
        {
            level1[i] = Level1Text(form.Indicators[i]);
            level2[i] = form.Indicators[i].Level2;
            Indicator(c, i, form.Indicators[i], c.R.Score.Indicators[i], level1[i]);
        }
        // 二级 first, within equal 一级: its runs end where the 一级 text changes.
        MergeRuns(c, N.Level2, level2, level1);
        MergeRuns(c, N.Level1, level1, null);
        HelperColumns(c);
        string Range(string name) => c.T.Find(name) is { } p
            ? $"{FormContext.Col(p.Col)}{c.T.AreaFirst}:{FormContext.Col(p.Col)}{c.T.AreaFirst + c.Rows - 1}"
            : throw new InvalidOperationException(name);
        return (Range(N.Score), Range(N.Weight));
    }

    static void Indicator(FormContext c, int i, Indicator ind, IndicatorScore s, string level1)
    {
        c.Put(c.Ind(N.Level1, i), level1, null);
        c.Put(c.Ind(N.Level2, i), ind.Level2, null);
        c.Put(c.Ind(N.Level3, i), ind.Name, ind.Ref);
        c.Put(c.Ind(N.Target, i), ind.Target.Raw.Trim(), ind.TargetRef);
        c.Put(c.Ind(N.Actual, i), ind.Actual.Raw.Trim(), ind.ActualRef);
        c.Put(c.Ind(N.Reason, i), ind.Reason, ind.ReasonRef);

        var weight = c.Ind(N.Weight, i)!.Value;
        c.Stated(weight, ind.Weight);
        c.Changes.Moved(ind.Weight.Ref, weight);

        int row = c.T.AreaFirst + i;
        var target = new Pos(row, c.T.TargetNumberCol);
        var actual = new Pos(row, c.T.ActualNumberCol);
        if (s.Direction != Direction.Qualitative && s.TargetNumber is { } t && s.ActualNumber is { } a)
        {
            c.Sheet.Number(target, t);
            c.Sheet.Number(actual, a);
        }

        var score = c.Ind(N.Score, i)!.Value;
        c.Changes.Moved(ind.Score.Ref, score);
        if (s.Raw is not null && s.Rounded is not null)
        {
            var formula = s.Direction == Direction.Reverse
                ? Formulas.Reverse(weight.A1, target.A1, actual.A1)
                : Formulas.Positive(weight.A1, target.A1, actual.A1, c.Profile);
            c.Sheet.Formula(score, formula, s.Counted);
        }
        else
        {
            c.Sheet.Number(score, s.Counted);
        }
        c.MarkIf(ind.Score.Value != s.Counted, score, ind.Score,
            s.Direction == Direction.Qualitative ? "定性指标得分限于 0～分值" : "按指标值、实际完成值重算");
    }

    /// <summary>
    /// The 一级 category the 二级 name decides, printed as the form printed it
    /// when that agrees (产出指标(50分) keeps its weight), else by its name.
    /// </summary>
    static string Level1Text(Indicator ind) =>
        Labels.Level1Name(ind.Level1) is not { } name || ind.Level1LabelFits ? ind.Level1Label : name;

    /// <summary>Merges runs of equal cells down (within equal <paramref name="parent"/> cells), keeping the first one's text.</summary>
    static void MergeRuns(FormContext c, string name, string[] texts, string[]? parent)
    {
        if (c.T.Find(name) is not { } p) return;
        string Key(int i) => texts[i] + "\u0001" + (parent is null ? "" : parent[i]);
        int first = c.T.AreaFirst, start = 0;
        for (int i = 1; i <= c.Rows; i++)
        {
            if (i < c.Rows && Key(i) == Key(start) && texts[i].Length > 0) continue;
            if (i - start > 1)
            {
                for (int k = start + 1; k < i; k++)
                {
                    c.Sheet.Text(new Pos(first + k, p.Col), "");
                    texts[k] = "";
                }
                c.Sheet.Merge(new Pos(first + start, p.Col), new Pos(first + i - 1, p.Col));
            }
            start = i;
        }
    }

    /// <summary>The numeric helper columns the score formulas read, labelled unless the template placed them.</summary>
    static void HelperColumns(FormContext c)
    {
        const string Note = "得分公式按本列数值计算（与年度指标值、实际完成值对齐单位后的数）；修改指标值或实际完成值时请同时修改本列。不打印。";
        foreach (var (col, label, named) in new[]
        {
            (c.T.TargetNumberCol, "指标值(数)", N.TargetNumber), (c.T.ActualNumberCol, "实际值(数)", N.ActualNumber),
        })
        {
            bool labelled = c.T.Find(named) is null && c.T.AreaFirst > 1;
            c.Sheet.HelperColumn(col, c.T.AreaFirst, c.T.AreaFirst + c.Rows - 1, labelled ? label : null, Note);
        }
    }
}
