using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Recognition;

/// <summary>
/// Builds one form's model from its rows. Blocks are found by their labels,
/// and every value is read from the column its header names, so forms with
/// other column orders, spans or extra rows are read the same way.
/// </summary>
internal sealed class FormBuilder
{
    enum Block { Header, Funding, Goals, Indicators, Analysis }

    readonly Segment _seg;
    Block _block = Block.Header;

    TextField _project = TextField.Empty, _department = TextField.Empty, _implementer = TextField.Empty;
    string? _title;
    int? _year;
    CellRef? _yearRef;

    readonly Dictionary<string, int> _fundCols = new();
    readonly Dictionary<FundingKind, FundingRow> _funding = new();

    int _goalExpectedCol = -1, _goalActualCol = -1;
    TextField _goalExpected = TextField.Empty, _goalActual = TextField.Empty;

    readonly Dictionary<string, int> _indCols = new();
    CellRef? _indHeaderRef;
    readonly List<Indicator> _indicators = new();
    string _carryLevel1 = "", _carryLevel2 = "";

    StatedNumber _totalWeight = StatedNumber.Missing(), _total = StatedNumber.Missing();
    CellRef? _totalRef;
    string _remark = "";
    readonly Dictionary<string, TextField> _analysis = new();
    readonly List<LabelWeight> _labelWeights = new();
    bool _sawAnything;

    FormBuilder(Segment seg) => _seg = seg;

    public static Form? Build(Segment seg, int index)
    {
        var b = new FormBuilder(seg);
        foreach (var line in seg.Preamble) b.ReadTitleLine(line, null);
        foreach (var row in seg.Rows) b.ReadRow(row);
        return b._sawAnything ? b.ToForm(index) : null;
    }

    Form ToForm(int index)
    {
        _funding.TryGetValue(FundingKind.Total, out var total);
        _funding.TryGetValue(FundingKind.Appropriation, out var appropriation);
        _funding.TryGetValue(FundingKind.CarryOver, out var carry);
        _funding.TryGetValue(FundingKind.Other, out var other);
        return new Form
        {
            Index = index,
            Location = _seg.Location,
            Title = _title,
            Year = _year,
            YearRef = _yearRef,
            Project = _project,
            Department = _department,
            Implementer = _implementer,
            FundingTotal = total ?? appropriation,
            Appropriation = total is null ? null : appropriation,
            CarryOver = carry,
            OtherFunds = other,
            GoalExpected = _goalExpected,
            GoalActual = _goalActual,
            Indicators = _indicators,
            IndicatorHeaderRef = _indHeaderRef,
            LabelWeights = _labelWeights,
            TotalWeight = _totalWeight,
            StatedTotal = _total,
            TotalRef = _totalRef,
            TotalRemark = _remark,
            Analysis = _analysis,
        };
    }

    void ReadTitleLine(string text, CellRef? at)
    {
        var key = TextNorm.Key(text);
        if (_title is null && key.Contains(Labels.Title)) _title = Labels.Title;
        if (_year is null && (key.Contains("年度") || key.Contains("填列单位")))
        {
            var m = Labels.Year.Match(key);
            if (m.Success)
            {
                _year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                _yearRef = at;
            }
        }
    }

    void ReadRow(GridRow row)
    {
        var cells = row.Cells;
        var keys = Keys(cells);

        CollectLabelWeights(row, keys);

        if (_block == Block.Header && _project.IsEmpty)
            foreach (var c in row.Distinct) ReadTitleLine(c.Text, c.Ref);

        ReadHeaderFields(row, keys);

        if (FindCols(cells, keys, _fundCols, FundingColumns, 3))
        {
            _block = Block.Funding;
            _sawAnything = true;
            return;
        }

        if (FindCols(cells, keys, _indCols, IndicatorColumns, 3) && _indCols.ContainsKey("score"))
        {
            _indHeaderRef ??= cells[_indCols.Values.Min()].Ref;
            _block = Block.Indicators;
            _sawAnything = true;
            return;
        }

        if (_block <= Block.Funding && TryFundingRow(row, keys)) return;

        if (_block <= Block.Goals && TryGoals(row, keys)) return;

        if (TryTotal(row, keys)) return;

        if (_block == Block.Indicators)
        {
            ReadIndicator(row);
            return;
        }

        if (_block == Block.Analysis) ReadAnalysis(row, keys);
    }

    /// <summary>The key of every cell; a merged area's copies share its text, so each area is keyed once.</summary>
    static string[] Keys(IReadOnlyList<GridCell> cells)
    {
        var keys = new string[cells.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            var text = cells[i].Text;
            keys[i] = i > 0 && ReferenceEquals(text, cells[i - 1].Text) ? keys[i - 1] : TextNorm.Key(text);
        }
        return keys;
    }

    void ReadHeaderFields(GridRow row, string[] keys)
    {
        for (int i = 0; i < row.Cells.Count; i++)
        {
            var c = row.Cells[i];
            if (!c.IsOrigin || keys[i].Length == 0) continue;
            if (_project.IsEmpty && Labels.Is(keys[i], Labels.Project)) { _project = ValueAfter(row, i); _sawAnything = true; }
            else if (_department.IsEmpty && Labels.Is(keys[i], Labels.Department)) _department = ValueAfter(row, i);
            else if (_implementer.IsEmpty && Labels.Is(keys[i], Labels.Implementer)) _implementer = ValueAfter(row, i);
        }
    }

    /// <summary>The cell right of a label (past the label's own merged area).</summary>
    static TextField ValueAfter(GridRow row, int labelIndex)
    {
        var origin = row.Cells[labelIndex].Origin;
        for (int j = labelIndex + 1; j < row.Cells.Count; j++)
        {
            var c = row.Cells[j];
            if (c.Origin == origin) continue;
            return new TextField(TextNorm.Clean(c.Text), c.Ref);
        }
        return TextField.Empty;
    }

    static readonly (string Name, string[] Variants)[] FundingColumns =
    {
        ("initial", Labels.Initial), ("fullYear", Labels.FullYear), ("executed", Labels.Executed),
        ("weight", Labels.BudgetWeight), ("rate", Labels.Rate), ("score", Labels.Score),
    };

    static readonly (string Name, string[] Variants)[] IndicatorColumns =
    {
        ("level1", Labels.Level1), ("level2", Labels.Level2), ("level3", Labels.Level3),
        ("target", Labels.Target), ("actual", Labels.Actual), ("weight", Labels.IndicatorWeight),
        ("score", Labels.IndicatorScore), ("reason", Labels.Reason), ("nature", Labels.Nature), ("unit", Labels.Unit),
    };

    /// <summary>
    /// Recognizes a header row by how many of the block's column labels it holds,
    /// and records the grid column of each.
    /// </summary>
    bool FindCols(IReadOnlyList<GridCell> cells, string[] keys, Dictionary<string, int> into,
        (string Name, string[] Variants)[] columns, int needed)
    {
        // Runs twice on every row: a column index per label on the stack, each cell's label key made once.
        Span<int> at = stackalloc int[columns.Length];
        at.Fill(-1);
        int count = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i].IsHorizontalCopy || cells[i].IsVerticalCopy || keys[i].Length == 0) continue;
            var label = Labels.LabelKey(keys[i]);
            for (int c = 0; c < columns.Length; c++)
                if (at[c] < 0 && Labels.IsLabel(label, columns[c].Variants)) { at[c] = i; count++; break; }
        }
        if (count < needed) return false;
        bool Found(ReadOnlySpan<int> at, string name)
        {
            for (int c = 0; c < columns.Length; c++)
                if (columns[c].Name == name) return at[c] >= 0;
            return false;
        }
        bool distinctive = columns == FundingColumns
            ? Found(at, "initial") || Found(at, "fullYear") || Found(at, "executed")
            : Found(at, "level3") || Found(at, "level2") || Found(at, "level1");
        if (!distinctive) return false;
        into.Clear();
        for (int c = 0; c < columns.Length; c++)
            if (at[c] >= 0) into[columns[c].Name] = at[c];
        return true;
    }

    bool TryFundingRow(GridRow row, string[] keys)
    {
        if (_fundCols.Count == 0) return false;
        for (int i = 0; i < row.Cells.Count; i++)
        {
            var c = row.Cells[i];
            if (c.IsHorizontalCopy || c.IsVerticalCopy) continue;
            var kind = Labels.FundingRow(keys[i]);
            if (kind is null) continue;
            if (_funding.ContainsKey(kind.Value)) return true;
            var origin = c.Origin;
            StatedNumber At(string col)
            {
                if (!_fundCols.TryGetValue(col, out var j) || j >= row.Cells.Count) return StatedNumber.Missing();
                var cell = row.Cells[j];
                return cell.Origin == origin ? StatedNumber.Missing(cell.Ref) : Number(cell);
            }
            _funding[kind.Value] = new FundingRow
            {
                Kind = kind.Value,
                Label = TextNorm.Clean(c.Text),
                Ref = c.Ref,
                Initial = At("initial"),
                FullYear = At("fullYear"),
                Executed = At("executed"),
                Weight = At("weight"),
                Rate = At("rate"),
                Score = At("score"),
            };
            return true;
        }
        return false;
    }

    bool TryGoals(GridRow row, string[] keys)
    {
        int exp = Array.FindIndex(keys, k => Labels.Is(k, Labels.GoalExpected));
        int act = Array.FindIndex(keys, k => Labels.Is(k, Labels.GoalActual));
        if (exp >= 0 && act >= 0)
        {
            _goalExpectedCol = exp;
            _goalActualCol = act;
            _block = Block.Goals;
            return true;
        }
        if (_block == Block.Goals && _goalExpected.IsEmpty && _goalActual.IsEmpty)
        {
            _goalExpected = GoalText(row, _goalExpectedCol);
            _goalActual = GoalText(row, _goalActualCol);
            return true;
        }
        int goals = Array.FindIndex(keys, k => Labels.Is(k, Labels.Goals));
        if (goals >= 0 && _block <= Block.Goals && !row.Cells[goals].IsVerticalCopy)
        {
            _block = Block.Goals;
            var v = ValueAfter(row, goals);
            if (!v.IsEmpty) _goalExpected = v;
            return true;
        }
        return false;
    }

    static TextField GoalText(GridRow row, int col)
    {
        if (col < 0 || col >= row.Cells.Count) return TextField.Empty;
        var c = row.Cells[col];
        return c.IsVerticalCopy ? TextField.Empty : new TextField(c.Text.Trim(), c.Ref);
    }

    bool TryTotal(GridRow row, string[] keys)
    {
        int first = -1;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length == 0 || row.Cells[i].IsVerticalCopy) continue;
            first = i;
            break;
        }
        if (first < 0 || !Labels.Is(keys[first], Labels.Total)) return false;
        if (keys[first] != "总分" && _block != Block.Indicators) return false;

        var origin = row.Cells[first].Origin;
        _totalRef = row.Cells[first].Ref;
        GridCell? At(string col) =>
            _indCols.TryGetValue(col, out var j) && j < row.Cells.Count && row.Cells[j].Origin != origin ? row.Cells[j] : null;

        var weight = At("weight");
        var score = At("score");
        var remark = At("reason");
        if (weight is null || score is null)
        {
            // Without an indicator header the values follow the label in order: weight, total, remark.
            var rest = row.Distinct.Where(c => c.Origin != origin && c.Ref.Col > row.Cells[first].Ref.Col).ToList();
            weight = rest.ElementAtOrDefault(0);
            score = rest.ElementAtOrDefault(1);
            remark = rest.ElementAtOrDefault(2);
        }
        if (weight is not null) _totalWeight = Number(weight);
        if (score is not null) _total = Number(score);
        else _total = StatedNumber.Missing(_totalRef);
        _remark = remark is null ? "" : remark.Text.Trim();
        _block = Block.Analysis;
        _sawAnything = true;
        return true;
    }

    void ReadIndicator(GridRow row)
    {
        GridCell? Cell(string col) => _indCols.TryGetValue(col, out var j) && j < row.Cells.Count ? row.Cells[j] : null;
        string Text(string col) => Cell(col)?.Text.Trim() ?? "";

        var targetCell = Cell("target");
        var actualCell = Cell("actual");
        var targetText = ValueText(Text("nature"), Text("target"), Text("unit"));
        var actualText = ValueText("", Text("actual"), Text("unit"));
        var weight = Cell("weight") is { } w ? Number(w) : StatedNumber.Missing();
        var score = Cell("score") is { } s ? Number(s) : StatedNumber.Missing();

        var l1 = Text("level1");
        var l2 = Text("level2");
        if (l1.Length > 0) _carryLevel1 = l1; else l1 = _carryLevel1;
        if (l2.Length > 0) _carryLevel2 = l2; else l2 = _carryLevel2;

        bool placeholder = IsBlankValue(targetText) && IsBlankValue(actualText)
            && !weight.HasValue && !weight.IsInvalid && !score.HasValue && !score.IsInvalid;
        if (placeholder) return;

        var nameCell = Cell("level3");
        _indicators.Add(new Indicator
        {
            Number = _indicators.Count + 1,
            Level1 = Labels.Category(l2, l1),
            Level1Label = TextNorm.Clean(TextNorm.OneLine(l1)),
            Level2 = TextNorm.Clean(TextNorm.OneLine(l2)),
            Name = TextNorm.Clean(Text("level3").Replace('\n', ' ')),
            Target = ValueParser.Parse(targetText),
            Actual = ValueParser.Parse(actualText),
            Weight = weight,
            Score = score,
            Reason = Text("reason"),
            Ref = nameCell?.Ref ?? row.Cells[0].Ref,
            TargetRef = targetCell?.Ref,
            ActualRef = actualCell?.Ref,
            ReasonRef = Cell("reason")?.Ref,
        });
    }

    static string ValueText(string nature, string value, string unit)
    {
        if (value.Length == 0) return "";
        var n = TextNorm.Key(nature);
        if (n == "定性") n = "";
        return n + value + unit;
    }

    static bool IsBlankValue(string text)
    {
        var k = TextNorm.Key(text);
        return k.Length == 0 || k is "—" or "——" or "-" or "/" or "……" or "…";
    }

    void ReadAnalysis(GridRow row, string[] keys)
    {
        for (int i = 0; i < row.Cells.Count; i++)
        {
            if (row.Cells[i].IsHorizontalCopy || row.Cells[i].IsVerticalCopy) continue;
            var label = Labels.Analysis.FirstOrDefault(a => a == keys[i]);
            if (label is null) continue;
            var last = row.Distinct.Last();
            if (last.Origin == row.Cells[i].Origin) return;
            _analysis[label] = new TextField(last.Text.Trim(), last.Ref);
            return;
        }
    }

    // A weight printed in a label: 产出指标(50分), 效益指标（权重30分）, 绩效指标(90), 产出指标50分.
    static readonly System.Text.RegularExpressions.Regex InLabel = new(
        @"^(?:[一二三四五六七八九十]+[、.])?(?<label>[^()\d]+?)(?:\((?:权重|分值)?:?(?<w>\d+(?:\.\d+)?)分?\)|(?<w>\d+(?:\.\d+)?)分)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    void CollectLabelWeights(GridRow row, string[] keys)
    {
        for (int i = 0; i < row.Cells.Count; i++)
        {
            // The pattern ends in ) or 分; checking that first spares a regex run on every cell.
            if (!row.Cells[i].IsOrigin || !keys[i].EndsWith(')') && !keys[i].EndsWith('分')) continue;
            var m = InLabel.Match(keys[i]);
            if (!m.Success) continue;
            var label = m.Groups["label"].Value.TrimEnd(':');
            var level = Labels.CategoryOfLabel(label);
            // Only labels that head rows are kept; a 三级 name such as 质量达标率(10分) weighs one row, not a block.
            bool heading = level is not null
                || label.EndsWith("指标", StringComparison.Ordinal) && Labels.Category(label, "") != Level1.Unknown
                || label.StartsWith("绩效指标", StringComparison.Ordinal) || label.StartsWith("年度绩效目标", StringComparison.Ordinal)
                || label.StartsWith("绩效目标", StringComparison.Ordinal) || label.StartsWith("预算执行", StringComparison.Ordinal);
            if (!heading) continue;
            // Forty digits in a label would overflow decimal: such a label weighs nothing perfeval can check.
            if (!decimal.TryParse(m.Groups["w"].Value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var weight)
                || !Values.Magnitude.InRange(weight)) continue;
            _labelWeights.Add(new LabelWeight(TextNorm.Clean(TextNorm.OneLine(row.Cells[i].Text)), weight, level, row.Cells[i].Ref));
        }
    }

    static StatedNumber Number(GridCell cell) => cell.Number is not null
        ? NumberText.FromCell(cell.Text, cell.Number, cell.IsPercentFormat, cell.Ref)
        : NumberText.Parse(cell.Text, cell.Ref);
}
