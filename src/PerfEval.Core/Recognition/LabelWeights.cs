using PerfEval.Grid;
using PerfEval.Model;

namespace PerfEval.Recognition;

/// <summary>
/// Weights printed in labels, with what each covers: 一级 labels
/// (产出指标(50分)), 二级 labels (数量指标(20分)), block headings
/// (绩效指标(90分), 年度绩效目标(80分), 预算执行情况(10分)) and the budget
/// score label of 20分 frames (得分(20分*执行率)). A 三级 name with a weight
/// (质量达标率(10分)) weighs one row, not a block, and is not kept.
/// </summary>
internal static class LabelWeights
{
    public static LabelWeight? Of(GridCell cell, string key)
    {
        if (!cell.IsOrigin) return null;
        if (Labels.PrintedWeight(key, out bool formula) is not { } weight) return null;
        var core = Labels.LabelCore(Labels.StripWeight(key));
        LabelWeightScope scope;
        Level1? level = null;
        if (formula || Labels.HeadingOf(core) == FormBlock.Funding) scope = LabelWeightScope.Budget;
        else if (Labels.HeadingOf(core) == FormBlock.Indicators) scope = LabelWeightScope.Indicators;
        else if (Labels.CategoryOfLabel(core) is { } l) { scope = LabelWeightScope.Level1; level = l; }
        else if (core.EndsWith("指标", StringComparison.Ordinal) && Labels.Category(core, "") != Model.Level1.Unknown) scope = LabelWeightScope.Level2;
        else return null;
        return new LabelWeight(TextNorm.Clean(TextNorm.OneLine(cell.Text)), weight, level, cell.Ref) { Scope = scope, Key = core };
    }
}
