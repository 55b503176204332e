using PerfEval.Grid;
using PerfEval.Values;

namespace PerfEval.Model;

/// <summary>A text field of the form and where it was read.</summary>
public sealed record TextField(string Text, CellRef? Ref)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
    public static TextField Empty { get; } = new("", null);
}

public enum FundingKind { Total, Appropriation, CarryOver, Other }

/// <summary>One row of the 项目资金（万元） block.</summary>
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
    public required string Level2 { get; init; }
    public required string Name { get; init; }
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

/// <summary>A weight printed inside a label: 产出指标(50分), 绩效指标(90分).</summary>
public sealed record LabelWeight(string Label, decimal Weight, Level1? Level, CellRef Ref);

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

    public FundingRow? FundingTotal { get; init; }
    public FundingRow? Appropriation { get; init; }
    public FundingRow? CarryOver { get; init; }
    public FundingRow? OtherFunds { get; init; }
    public IEnumerable<FundingRow> FundingRows =>
        new[] { FundingTotal, Appropriation, CarryOver, OtherFunds }.Where(r => r is not null)!;

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

    /// <summary>项目绩效分析 texts by their label (产出情况及分析, 主要经验做法…).</summary>
    public IReadOnlyDictionary<string, TextField> Analysis { get; init; } = new Dictionary<string, TextField>();
}
