using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Recognition;

/// <summary>
/// Reads the rows of an indicator block by the roles of its header. 一级 and
/// 二级 carry down (merged cells, or left blank under the first row); the 二级
/// name decides the category and whether the row is a cost; rows with only a
/// name are placeholders and are not kept.
/// </summary>
internal sealed class IndicatorReader
{
    string _carryLevel1 = "", _carryLevel2 = "";
    readonly List<int> _rows = new();

    public List<Indicator> Indicators { get; } = new();

    /// <summary>Forgets what was read from a row (the upper row of a header split over two rows, read as data before its lower row came).</summary>
    public void DropRow(int rowNumber)
    {
        int at = _rows.LastIndexOf(rowNumber);
        if (at < 0 || at != Indicators.Count - 1) return;
        Indicators.RemoveAt(at);
        _rows.RemoveAt(at);
    }

    public void Read(GridRow row, ColumnMap map)
    {
        GridCell? Cell(ColumnRole role) => map[role] is var j && j >= 0 && j < row.Cells.Count ? row.Cells[j] : null;
        string Text(ColumnRole role) => TextNorm.Visible(Cell(role)?.Text).Trim();

        string TextAt(int j) => j >= 0 && j < row.Cells.Count ? TextNorm.Visible(row.Cells[j].Text).Trim() : "";
        var targetText = ValueText(Text(ColumnRole.Nature), Text(ColumnRole.Target), TextAt(UnitOf(map, map[ColumnRole.Target])));
        var actualText = ValueText("", Text(ColumnRole.Actual), TextAt(UnitOf(map, map[ColumnRole.Actual])));
        var weight = Cell(ColumnRole.Weight) is { } w ? FormBuilder.Number(w) : StatedNumber.Missing();
        var score = Cell(ColumnRole.Score) is { } s ? FormBuilder.Number(s) : StatedNumber.Missing();

        var l1 = Text(ColumnRole.Level1);
        var l2 = Text(ColumnRole.Level2);
        if (l1.Length > 0) _carryLevel1 = l1; else l1 = _carryLevel1;
        if (l2.Length > 0) _carryLevel2 = l2; else l2 = _carryLevel2;

        bool placeholder = IsBlankValue(targetText) && IsBlankValue(actualText)
            && !weight.HasValue && !weight.IsInvalid && !score.HasValue && !score.IsInvalid;
        if (placeholder) return;

        var (reason, reasonRef) = Reason(row, map);
        var nameCell = Cell(ColumnRole.Level3);
        var name = TextNorm.Clean(Text(ColumnRole.Level3).Replace('\n', ' '));
        var level1 = Labels.Category(l2, l1);
        var level1Label = TextNorm.Clean(TextNorm.OneLine(l1));
        _rows.Add(row.Number);
        Indicators.Add(new Indicator
        {
            Number = Indicators.Count + 1,
            Level1 = level1,
            Level1Label = level1Label,
            Level1LabelFits = Labels.CategoryOfLabel(TextNorm.Key(level1Label)) == level1,
            Level2 = TextNorm.Clean(TextNorm.OneLine(l2)),
            Level2Key = Labels.LabelCore(Labels.StripWeight(TextNorm.Key(l2))),
            IsCost = Labels.IsCost(l2),
            IsTimeliness = Labels.IsTimeliness(l2),
            Name = name,
            NameKey = TextNorm.Key(name),
            Target = ValueParser.Parse(targetText),
            Actual = ValueParser.Parse(actualText),
            Weight = weight,
            Score = score,
            Reason = reason,
            Ref = nameCell?.Ref ?? row.Cells[0].Ref,
            TargetRef = Cell(ColumnRole.Target)?.Ref,
            ActualRef = Cell(ColumnRole.Actual)?.Ref,
            ReasonRef = reasonRef,
        });
    }

    /// <summary>
    /// The unit column of a value column: the first unit column after it with
    /// no other value column between (指标值: 数值 | 单位, 完成值: 数值 | 单位);
    /// else the form's one unit column, joined to target and actual alike (四川).
    /// </summary>
    static int UnitOf(ColumnMap map, int valueCol)
    {
        var units = map.All(ColumnRole.Unit);
        if (units.Count == 0 || valueCol < 0) return -1;
        int target = map[ColumnRole.Target], actual = map[ColumnRole.Actual];
        foreach (var u in units)
        {
            if (u <= valueCol) continue;
            bool between = (target > valueCol && target < u) || (actual > valueCol && actual < u);
            return between ? units[0] : u;
        }
        return units[0];
    }

    /// <summary>The reason text: layouts with two reason columns (偏差原因 | 改进措施) give both, joined.</summary>
    static (string Text, CellRef? Ref) Reason(GridRow row, ColumnMap map)
    {
        var cols = map.All(ColumnRole.Reason);
        if (cols.Count == 0) return ("", null);
        CellRef? first = null;
        var parts = new List<string>(cols.Count);
        foreach (var j in cols)
        {
            if (j >= row.Cells.Count) continue;
            var c = row.Cells[j];
            first ??= c.Ref;
            var t = TextNorm.Visible(c.Text).Trim();
            if (t.Length > 0 && !parts.Contains(t)) parts.Add(t);
        }
        return (string.Join("；", parts), first);
    }

    static string ValueText(string nature, string value, string unit)
    {
        if (value.Length == 0) return "";
        var n = TextNorm.Key(nature);
        if (n == Labels.Qualitative) n = "";
        return n + value + unit;
    }

    public static bool IsBlankValue(string text)
    {
        var k = TextNorm.Key(text);
        return k.Length == 0 || Labels.IsLabel(k, Labels.BlankValues);
    }
}
