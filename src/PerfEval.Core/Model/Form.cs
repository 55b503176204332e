using PerfEval.Grid;
using PerfEval.Values;

namespace PerfEval.Model;

/// <summary>A text field of the form and where it was read.</summary>
public sealed record TextField(string Text, CellRef? Ref)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
    public static TextField Empty { get; } = new("", null);
}

/// <summary>
/// What a funding row is: 年度资金总额/总额/合计; 当年财政拨款/财政资金; 上年结转资金; 其他资金;
/// 财政专户管理资金 and 单位资金 (四川-style forms).
/// </summary>
public enum FundingKind { Total, Appropriation, CarryOver, Other, SpecialAccount, UnitFunds }

/// <summary>The blocks of a form, top to bottom (forms.md "Anatomy").</summary>
public enum FormBlock { Header, Funding, Goals, Indicators, Total, Analysis }

/// <summary>
/// What a header column holds, decided by recognition from the meaning of its
/// label (Recognition/Labels.cs, the role table). Later stages read numbers by
/// role and never look at the label again.
/// </summary>
public enum ColumnRole
{
    // Funding block.
    InitialBudget, FullYearBudget, Executed, BudgetWeight, ExecutionRate, BudgetScore, FundingReason,
    // Indicator block.
    Level1, Level2, Level3, Nature, Target, Unit, Actual, Weight, Score, Reason,
    // Columns understood and deliberately not read: 备注, 序号.
    Remark, Number,
}

/// <summary>A header cell and the role recognition gave it: dump shows these, PE006 reports the ones missing.</summary>
public sealed record ColumnInfo(FormBlock Block, ColumnRole Role, string Label, CellRef Ref);

/// <summary>A header cell inside a recognized block whose label has no known role: its column is not read (PE006).</summary>
public sealed record UnreadLabel(FormBlock Block, string Label, CellRef Ref)
{
    /// <summary>
    /// A row, not a column: in the funding block a row whose label names no known source (its amounts are
    /// counted as another source); in the indicator block the header of a scored table without 一/二/三级
    /// columns (its points are not counted). PE006 says which.
    /// </summary>
    public bool IsRow { get; init; }
}

/// <summary>One row of the 项目资金（万元） / 预算执行情况 block.</summary>
public sealed class FundingRow
{
    public required FundingKind Kind { get; init; }
    public required string Label { get; init; }
    public required CellRef Ref { get; init; }
    public required StatedNumber Initial { get; init; }
    public required StatedNumber FullYear { get; init; }
    public required StatedNumber Executed { get; init; }
    public required StatedNumber Weight { get; init; }
    public required StatedNumber Rate { get; init; }
    public required StatedNumber Score { get; init; }
    /// <summary>The block has no 分值/权重 column and Weight was read from a label (预算执行情况（20分）, 得分（20分*执行率）).</summary>
    public bool WeightFromLabel { get; init; }
    /// <summary>The 原因 column of a 四川-style funding block.</summary>
    public string Reason { get; init; } = "";

    public IEnumerable<StatedNumber> Numbers => new[] { Initial, FullYear, Executed, Weight, Rate, Score };
}

public enum Level1 { Unknown, Output, Benefit, Satisfaction }

/// <summary>One filled-in row of the 绩效指标 block (placeholders are not kept).</summary>
public sealed class Indicator
{
    /// <summary>1-based position among the form's indicators.</summary>
    public required int Number { get; init; }
    public required Level1 Level1 { get; init; }
    /// <summary>The 一级 label as printed (carried down; may be blank or wrong on real forms).</summary>
    public required string Level1Label { get; init; }
    /// <summary>Level1Label names the category the row is scored under (产出指标(50分) over 数量指标), decided in recognition.</summary>
    public bool Level1LabelFits { get; init; }
    public required string Level2 { get; init; }
    /// <summary>Under 成本指标: scored as a reverse indicator when it states no comparator (decided in recognition).</summary>
    public bool IsCost { get; init; }
    /// <summary>Under 时效指标: a deadline is compared and a duration is better shorter (decided in recognition).</summary>
    public bool IsTimeliness { get; init; }
    /// <summary>The 二级 name as matched (TextNorm.Key, printed weight stripped): what a 二级 label weight sums over.</summary>
    public string Level2Key { get; init; } = "";
    public required string Name { get; init; }
    /// <summary>The 三级 name as matched (TextNorm.Key): for comparing names with narrative text.</summary>
    public string NameKey { get; init; } = "";
    public required ParsedValue Target { get; init; }
    public required ParsedValue Actual { get; init; }
    public required StatedNumber Weight { get; init; }
    public required StatedNumber Score { get; init; }
    public required string Reason { get; init; }
    public required CellRef Ref { get; init; }
    public CellRef? TargetRef { get; init; }
    public CellRef? ActualRef { get; init; }
    public CellRef? ReasonRef { get; init; }
}

/// <summary>What a weight printed in a label covers.</summary>
public enum LabelWeightScope
{
    /// <summary>A 一级 label (产出指标(50分)): the weights of its category (LabelWeight.Level).</summary>
    Level1,
    /// <summary>A 二级 label (数量指标(20分)): the rows whose Indicator.Level2Key equals LabelWeight.Key.</summary>
    Level2,
    /// <summary>An indicator block heading (绩效指标(90分), 年度绩效目标(80分)): every indicator.</summary>
    Indicators,
    /// <summary>A funding block heading or its score label (预算执行情况(10分), 得分(20分*执行率)): the budget weight.</summary>
    Budget,
}

/// <summary>A weight printed inside a label: 产出指标(50分), 绩效指标(90分).</summary>
public sealed record LabelWeight(string Label, decimal Weight, Level1? Level, CellRef Ref)
{
    public LabelWeightScope Scope { get; init; } = Level is null ? LabelWeightScope.Indicators : LabelWeightScope.Level1;
    /// <summary>The label as matched, weight stripped (数量指标 for 数量指标(20分)).</summary>
    public string Key { get; init; } = "";
}

/// <summary>One 项目支出绩效自评表 as recognized in a grid.</summary>
public sealed class Form
{
    /// <summary>1-based position of the form in its file.</summary>
    public required int Index { get; init; }
    /// <summary>表1 or the sheet name: where the form was found.</summary>
    public required string Location { get; init; }
    public string? Title { get; init; }
    public int? Year { get; init; }
    public CellRef? YearRef { get; init; }
    public required TextField Project { get; init; }
    public required TextField Department { get; init; }
    public required TextField Implementer { get; init; }
    /// <summary>The grade stated in a 自评等级 cell, if the form has one (the 总分 remark may state one too).</summary>
    public TextField StatedGrade { get; init; } = TextField.Empty;

    public FundingRow? FundingTotal { get; init; }
    public FundingRow? Appropriation { get; init; }
    public FundingRow? CarryOver { get; init; }
    public FundingRow? OtherFunds { get; init; }
    public FundingRow? SpecialAccount { get; init; }
    public FundingRow? UnitFunds { get; init; }
    /// <summary>
    /// Further parts of the total beyond the first row of each kind: 中央资金 and 省级资金 are both
    /// 财政资金, 社会资金 and 银行贷款 both other sources; a row whose label was not understood (PE006).
    /// </summary>
    public IReadOnlyList<FundingRow> MoreFunding { get; init; } = Array.Empty<FundingRow>();
    /// <summary>Rows that break a part down further (中央资金 / 省级资金 under 其中：财政资金): read and shown, not summed into the total.</summary>
    public IReadOnlyList<FundingRow> SubFunding { get; init; } = Array.Empty<FundingRow>();
    public IEnumerable<FundingRow> FundingRows =>
        new[] { FundingTotal, Appropriation, CarryOver, OtherFunds, SpecialAccount, UnitFunds }.OfType<FundingRow>()
            .Concat(MoreFunding).Concat(SubFunding);
    /// <summary>The rows the total breaks down into (every funding row but the total itself and the rows breaking a part down).</summary>
    public IEnumerable<FundingRow> FundingParts => FundingRows.Where(r => !ReferenceEquals(r, FundingTotal) && !SubFunding.Contains(r));

    public TextField GoalExpected { get; init; } = TextField.Empty;
    public TextField GoalActual { get; init; } = TextField.Empty;

    public required IReadOnlyList<Indicator> Indicators { get; init; }
    /// <summary>The 绩效指标 header row (一级指标, 二级指标…), where indicator-wide findings point.</summary>
    public CellRef? IndicatorHeaderRef { get; init; }
    public IReadOnlyList<LabelWeight> LabelWeights { get; init; } = Array.Empty<LabelWeight>();

    public StatedNumber TotalWeight { get; init; } = StatedNumber.Missing();
    public StatedNumber StatedTotal { get; init; } = StatedNumber.Missing();
    /// <summary>Where the 总分 row is, even when its score cell is blank.</summary>
    public CellRef? TotalRef { get; init; }
    public string TotalRemark { get; init; } = "";

    /// <summary>Every header cell of the funding and indicator blocks with the role recognition gave it.</summary>
    public IReadOnlyList<ColumnInfo> Columns { get; init; } = Array.Empty<ColumnInfo>();
    /// <summary>Header cells inside a recognized block that got no role (PE006).</summary>
    public IReadOnlyList<UnreadLabel> Unread { get; init; } = Array.Empty<UnreadLabel>();
    public bool HasRole(ColumnRole role) => Columns.Any(c => c.Role == role);

    /// <summary>项目绩效分析 texts by their label (产出情况及分析, 主要经验做法…).</summary>
    public IReadOnlyDictionary<string, TextField> Analysis { get; init; } = new Dictionary<string, TextField>();
}
