using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Recognition;

/// <summary>
/// Builds one form's model from its rows, top to bottom. Blocks are found by
/// their header rows read by meaning (ColumnMap), and every value is read
/// from the column whose role it is, so forms with other words, column orders,
/// spans or extra rows are read the same way. A segment is a form only with
/// evidence: a funding block or an indicator block with scores, and a project
/// name or a total.
/// </summary>
internal sealed class FormBuilder
{
    readonly Segment _seg;
    FormBlock _block = FormBlock.Header;

    TextField _project = TextField.Empty, _department = TextField.Empty, _implementer = TextField.Empty, _grade = TextField.Empty;
    bool _projectLabel;
    string? _title;
    int? _year;
    CellRef? _yearRef;

    ColumnMap? _fund;
    readonly Dictionary<FundingKind, FundingRow> _funding = new();
    // Rows beyond the first of their kind, and fiscal rows named by a level of government (中央资金, 省级资金).
    readonly List<FundingRow> _moreFunding = new();
    readonly List<FundingRow> _levelFunding = new();
    FundingRow? _plainAppropriation;

    int _goalExpectedCol = -1, _goalActualCol = -1;
    TextField _goalExpected = TextField.Empty, _goalActual = TextField.Empty;

    ColumnMap? _ind;
    readonly IndicatorReader _indicators = new();

    StatedNumber _totalWeight = StatedNumber.Missing(), _total = StatedNumber.Missing();
    CellRef? _totalRef;
    bool _sawTotal;
    string _remark = "";
    readonly Dictionary<string, TextField> _analysis = new();
    readonly List<LabelWeight> _labelWeights = new();
    // Every block header read, in order: a two-row header replaces the one-row reading of its upper row.
    readonly List<ColumnMap> _maps = new();
    readonly List<UnreadLabel> _unreadRows = new();
    // The row before this one, for a header split over two rows.
    (GridRow Row, string[] Cores, ColumnMap? Map)? _prev;

    FormBuilder(Segment seg) => _seg = seg;

    public static Form? Build(Segment seg, int index)
    {
        var b = new FormBuilder(seg);
        foreach (var line in seg.Preamble) b.ReadTitleLine(TextNorm.Key(line), null);
        foreach (var row in seg.Rows) b.ReadRow(row);
        return b.IsForm ? b.ToForm(index) : null;
    }

    /// <summary>The core of a form: a funding block or an indicator block with scores, and a project name or a total.</summary>
    bool IsForm => (_fund is not null || _ind is not null) && (_projectLabel || _sawTotal);

    Form ToForm(int index)
    {
        _funding.TryGetValue(FundingKind.Total, out var total);
        // 中央资金 / 省级资金 under a 财政资金 row break it down; without one they are parts of the total.
        var sub = new List<FundingRow>();
        var more = new List<FundingRow>(_moreFunding);
        if (_plainAppropriation is not null)
        {
            _funding[FundingKind.Appropriation] = _plainAppropriation;
            sub.AddRange(_levelFunding);
        }
        else if (_levelFunding.Count > 0)
        {
            _funding[FundingKind.Appropriation] = _levelFunding[0];
            more.InsertRange(0, _levelFunding.Skip(1));
        }
        _funding.TryGetValue(FundingKind.Appropriation, out var appropriation);
        _funding.TryGetValue(FundingKind.CarryOver, out var carry);
        _funding.TryGetValue(FundingKind.Other, out var other);
        _funding.TryGetValue(FundingKind.SpecialAccount, out var special);
        _funding.TryGetValue(FundingKind.UnitFunds, out var unit);
        var (columns, unread) = ColumnsRead();
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
            StatedGrade = _grade,
            FundingTotal = WithLabelWeight(total ?? appropriation),
            Appropriation = total is null ? null : appropriation,
            CarryOver = carry,
            OtherFunds = other,
            SpecialAccount = special,
            UnitFunds = unit,
            MoreFunding = more,
            SubFunding = sub,
            GoalExpected = _goalExpected,
            GoalActual = _goalActual,
            Indicators = _indicators.Indicators,
            IndicatorHeaderRef = _ind?.HeaderRef,
            LabelWeights = _labelWeights,
            TotalWeight = _totalWeight,
            StatedTotal = _total,
            TotalRef = _totalRef,
            TotalRemark = _remark,
            Analysis = _analysis,
            Columns = columns,
            Unread = unread,
        };
    }

    /// <summary>The header cells of every block read; a header repeated at a page break is recorded once.</summary>
    (List<ColumnInfo>, List<UnreadLabel>) ColumnsRead()
    {
        var columns = new List<ColumnInfo>();
        var unread = new List<UnreadLabel>();
        foreach (var map in _maps)
        {
            foreach (var c in map.Columns)
                if (!columns.Any(x => x.Block == c.Block && x.Role == c.Role && x.Label == c.Label)) columns.Add(c);
            foreach (var u in map.Unread)
                if (!unread.Any(x => x.Block == u.Block && x.Label == u.Label)) unread.Add(u);
        }
        unread.AddRange(_unreadRows);
        return (columns, unread);
    }

    /// <summary>Without a 分值/权重 column, the weight printed in the block's labels is the form's stated budget weight.</summary>
    FundingRow? WithLabelWeight(FundingRow? total)
    {
        if (total is null || _fund is null || _fund.Has(ColumnRole.BudgetWeight)) return total;
        var printed = _labelWeights.FirstOrDefault(l => l.Scope == LabelWeightScope.Budget);
        if (printed is null) return total;
        var raw = printed.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new FundingRow
        {
            Kind = total.Kind, Label = total.Label, Ref = total.Ref,
            Initial = total.Initial, FullYear = total.FullYear, Executed = total.Executed,
            Weight = NumberText.Parse(raw, printed.Ref), Rate = total.Rate, Score = total.Score,
            WeightFromLabel = true, Reason = total.Reason,
        };
    }

    void ReadTitleLine(string key, CellRef? at)
    {
        if (_title is null && Labels.ContainsAny(key, Labels.TitleWords)) _title = Labels.Title;
        if (_year is null && (Labels.ContainsAny(key, Labels.YearLineWords) || Labels.ContainsAny(key, Labels.TitleWords)))
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
        var keys = Keys(row.Cells);
        var cores = Cores(keys);
        for (int i = 0; i < row.Cells.Count; i++)
            if (keys[i].Length > 0 && LabelWeights.Of(row.Cells[i], keys[i]) is { } lw) _labelWeights.Add(lw);

        var prev = _prev;
        _prev = (row, cores, null);
        if (prev is { } p && TwoRowHeader(p.Row, p.Cores, p.Map, row, cores))
        {
            _prev = null;
            return;
        }
        ReadOneRow(row, keys, cores);
    }

    /// <summary>
    /// The row completes a header split over two rows (a merged 指标值 above
    /// 数值 | 单位): the two are read as one header, replacing the upper row's
    /// own reading as a header, or as an indicator row under a header read before.
    /// </summary>
    bool TwoRowHeader(GridRow upper, string[] upperCores, ColumnMap? upperMap, GridRow row, string[] cores)
    {
        if (!ColumnMap.IsSubHeader(upper, upperCores, row, cores)) return false;
        // A row of header fields (主管部门及代码 | 北京市… | 实施单位：…) merged wide above the
        // funding header is no parent of its labels: it was read as the fields it holds.
        if (Array.Exists(upperCores, Labels.IsHeaderField)) return false;
        foreach (var block in new[] { FormBlock.Indicators, FormBlock.Funding })
        {
            if (upperMap is not null && upperMap.Block != block) continue;
            if (ColumnMap.TryReadTwoRows(upper, upperCores, row, cores, block) is not { } map) continue;
            if (upperMap is not null) _maps.Remove(upperMap);
            else if (block == FormBlock.Indicators) _indicators.DropRow(upper.Number);
            Accept(map);
            return true;
        }
        return false;
    }

    void Accept(ColumnMap map)
    {
        _maps.Add(map);
        if (map.Block == FormBlock.Indicators) _ind = map; else _fund = map;
        _block = map.Block;
    }

    void ReadOneRow(GridRow row, string[] keys, string[] cores)
    {
        if (_block == FormBlock.Header && _project.IsEmpty)
            for (int i = 0; i < row.Cells.Count; i++)
                if (row.Cells[i].IsOrigin && keys[i].Length > 0) ReadTitleLine(keys[i], row.Cells[i].Ref);

        ReadHeaderFields(row, cores);

        var indicatorRoles = ColumnMap.Scan(row.Cells, cores, FormBlock.Indicators);
        var fundingRoles = ColumnMap.Scan(row.Cells, cores, FormBlock.Funding);
        // Indicators first: a 年初目标值 column must not make an indicator header a funding one.
        if ((ColumnMap.TryRead(row, cores, indicatorRoles) ?? ColumnMap.TryRead(row, cores, fundingRoles)) is { } map)
        {
            Accept(map);
            _prev = (row, cores, map);
            return;
        }

        if (ScoredTableHeader(row, cores, indicatorRoles, fundingRoles)) return;

        if (_block <= FormBlock.Funding && TryFundingRow(row, keys)) return;

        if (_block <= FormBlock.Goals && TryGoals(row, cores)) return;

        if (TryTotal(row, cores)) return;

        if (_block == FormBlock.Indicators && _ind is not null)
        {
            _indicators.Read(row, _ind);
            return;
        }

        if (_block == FormBlock.Analysis) ReadAnalysis(row, cores);
    }

    /// <summary>
    /// A header with a weight and a score but no 一级/二级/三级 column (湖北 广水: 项目权重 | 评价内容 |
    /// 分值 | 自评分 | 复核分, over 项目决策 and 项目管理): points perfeval cannot place among the
    /// indicators. Said by PE006, and its rows are not read as funding rows or indicators.
    /// </summary>
    bool ScoredTableHeader(GridRow row, string[] cores, ColumnMap.RowRoles indicatorRoles, ColumnMap.RowRoles fundingRoles)
    {
        // A row opening a block (项目资金（万元）, the upper row of a header split over two rows), or one
        // with a 一/二/三级 or budget column, is not this table's header; nor is a row of numbers.
        if (!indicatorRoles.Has(ColumnRole.Weight) || !indicatorRoles.Has(ColumnRole.Score)
            || indicatorRoles.AnyHeading || indicatorRoles.Distinctive || fundingRoles.Distinctive) return false;
        var labels = new List<string>();
        CellRef? at = null;
        for (int i = 0; i < row.Cells.Count; i++)
        {
            if (!row.Cells[i].IsOrigin || cores[i].Length == 0) continue;
            if (Number(row.Cells[i]).HasValue) return false;
            labels.Add(TextNorm.Clean(row.Cells[i].Text));
            at ??= row.Cells[i].Ref;
        }
        // A weight was shown, so a cell was read and at is set.
        _unreadRows.Add(new UnreadLabel(FormBlock.Indicators, string.Join(" | ", labels), at!) { IsRow = true });
        // Its rows are neither funding rows nor indicators of a header read before.
        if (_block <= FormBlock.Indicators) _block = FormBlock.Goals;
        return true;
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

    static string[] Cores(string[] keys)
    {
        var cores = new string[keys.Length];
        for (int i = 0; i < keys.Length; i++)
            cores[i] = i > 0 && ReferenceEquals(keys[i], keys[i - 1]) ? cores[i - 1] : Labels.LabelCore(keys[i]);
        return cores;
    }

    void ReadHeaderFields(GridRow row, string[] cores)
    {
        for (int i = 0; i < row.Cells.Count; i++)
        {
            var c = row.Cells[i];
            if (!c.IsOrigin || cores[i].Length == 0) continue;
            if (!_projectLabel && Field(row, i, cores[i], Labels.Project) is { } p) { _project = p; _projectLabel = true; }
            else if (_department.IsEmpty && Field(row, i, cores[i], Labels.Department) is { } d) _department = d;
            else if (_implementer.IsEmpty && Field(row, i, cores[i], Labels.Implementer) is { } m) _implementer = m;
            else if (_grade.IsEmpty && Field(row, i, cores[i], Labels.Grade) is { } g) _grade = g;
        }
    }

    /// <summary>
    /// A header field: the label alone in its cell with the value to its right,
    /// or label and value in one cell (项目名称：城区道路维护).
    /// </summary>
    static TextField? Field(GridRow row, int i, string core, string[] labels)
    {
        if (Labels.IsFieldName(core, labels)) return ValueAfter(row, i);
        if (!Labels.IsFieldLabel(core, labels)) return null;
        var text = TextNorm.Clean(row.Cells[i].Text);
        int at = text.IndexOfAny(new[] { ':', '：' });
        return new TextField(at < 0 ? "" : text[(at + 1)..].Trim(), row.Cells[i].Ref);
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

    bool TryFundingRow(GridRow row, string[] keys)
    {
        if (_fund is null) return false;
        int at = LabelIndex(row, keys);
        if (at >= 0 && Labels.FundingRow(keys[at]) is { } kind)
        {
            var c = row.Cells[at];
            _fund.LabelColumn(row, c.Origin);
            AddFunding(FundingRowAt(row, kind, TextNorm.Clean(c.Text), c.Ref, c.Origin), Labels.IsGovernmentLevel(keys[at]));
            return true;
        }
        // 20分 frames: one row of amounts under the header, with no row label.
        if (at < 0 && !HasFunding && HasAmount(row))
        {
            _funding[FundingKind.Total] = FundingRowAt(row, FundingKind.Total, Labels.UnlabelledFundingRow, row.Cells[0].Ref, null);
            return true;
        }
        // A row of amounts whose label names no known source: counted as another source, and said (PE006).
        if (at >= 0 && IsRowLabel(keys[at]) && HasAmount(row))
        {
            var label = row.Cells[at];
            var text = TextNorm.Clean(TextNorm.OneLine(label.Text));
            _fund.LabelColumn(row, label.Origin);
            _moreFunding.Add(FundingRowAt(row, FundingKind.Other, text, label.Ref, label.Origin));
            _unreadRows.Add(new UnreadLabel(FormBlock.Funding, text, label.Ref) { IsRow = true });
            return true;
        }
        return false;
    }

    /// <summary>The label of a funding row: its first cell with text that is not a number (a 序号 column's 1, 2 is passed over); -1 when none.</summary>
    static int LabelIndex(GridRow row, string[] keys)
    {
        for (int i = 0; i < row.Cells.Count; i++)
        {
            var c = row.Cells[i];
            if (c.IsHorizontalCopy || c.IsVerticalCopy || keys[i].Length == 0) continue;
            var n = Number(c);
            if (n.HasValue || n.IsInvalid && char.IsDigit(keys[i][0])) continue;
            return i;
        }
        return -1;
    }

    /// <summary>A short label that opens no other block: what a funding row not understood may be named.</summary>
    static bool IsRowLabel(string key)
    {
        var core = Labels.LabelCore(key);
        return core.Length is > 0 and <= 16 && Labels.HeadingOf(core) is null
            && !Labels.IsLabel(core, Labels.Total) && !Labels.IsFieldLabel(core, Labels.Project);
    }

    bool HasFunding => _funding.Count > 0 || _plainAppropriation is not null || _levelFunding.Count > 0 || _moreFunding.Count > 0;

    /// <summary>The first row of a kind is the form's; a later one is a further part; fiscal rows named by level are sorted out in ToForm.</summary>
    void AddFunding(FundingRow row, bool level)
    {
        if (row.Kind == FundingKind.Appropriation)
        {
            if (level) _levelFunding.Add(row);
            else if (_plainAppropriation is null) _plainAppropriation = row;
            else _moreFunding.Add(row);
            return;
        }
        if (!_funding.ContainsKey(row.Kind)) _funding[row.Kind] = row;
        else if (row.Kind != FundingKind.Total) _moreFunding.Add(row);
    }

    bool HasAmount(GridRow row)
    {
        foreach (var role in new[] { ColumnRole.FullYearBudget, ColumnRole.InitialBudget, ColumnRole.Executed })
        {
            int j = _fund![role];
            if (j >= 0 && j < row.Cells.Count && !row.Cells[j].IsVerticalCopy && Number(row.Cells[j]).HasValue) return true;
        }
        return false;
    }

    FundingRow FundingRowAt(GridRow row, FundingKind kind, string label, CellRef at, CellRef? labelOrigin)
    {
        StatedNumber At(ColumnRole role)
        {
            int j = _fund![role];
            if (j < 0 || j >= row.Cells.Count) return StatedNumber.Missing();
            var cell = row.Cells[j];
            return cell.Origin == labelOrigin ? StatedNumber.Missing(cell.Ref) : Number(cell);
        }
        int r = _fund![ColumnRole.FundingReason];
        return new FundingRow
        {
            Kind = kind,
            Label = label,
            Ref = at,
            Initial = At(ColumnRole.InitialBudget),
            FullYear = At(ColumnRole.FullYearBudget),
            Executed = At(ColumnRole.Executed),
            Weight = At(ColumnRole.BudgetWeight),
            Rate = At(ColumnRole.ExecutionRate),
            Score = At(ColumnRole.BudgetScore),
            Reason = r >= 0 && r < row.Cells.Count ? TextNorm.Visible(row.Cells[r].Text).Trim() : "",
        };
    }

    bool TryGoals(GridRow row, string[] cores)
    {
        int exp = Array.FindIndex(cores, Labels.IsGoalExpected);
        int act = Array.FindIndex(cores, Labels.IsGoalActual);
        if (exp >= 0 && act >= 0)
        {
            _goalExpectedCol = exp;
            _goalActualCol = act;
            _block = FormBlock.Goals;
            return true;
        }
        if (_block == FormBlock.Goals && _goalExpected.IsEmpty && _goalActual.IsEmpty && _goalExpectedCol >= 0)
        {
            _goalExpected = GoalText(row, _goalExpectedCol);
            _goalActual = GoalText(row, _goalActualCol);
            return true;
        }
        int goals = Array.FindIndex(cores, k => Labels.IsLabel(k, Labels.Goals));
        if (goals >= 0 && _block <= FormBlock.Goals && !row.Cells[goals].IsVerticalCopy)
        {
            _block = FormBlock.Goals;
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
        return c.IsVerticalCopy ? TextField.Empty : new TextField(TextNorm.Visible(c.Text).Trim(), c.Ref);
    }

    bool TryTotal(GridRow row, string[] cores)
    {
        int first = -1;
        for (int i = 0; i < cores.Length; i++)
        {
            if (cores[i].Length == 0 || row.Cells[i].IsVerticalCopy) continue;
            first = i;
            break;
        }
        if (first < 0 || !Labels.IsLabel(cores[first], Labels.Total)) return false;
        if (!Labels.IsLabel(cores[first], Labels.ScoreTotal) && _block != FormBlock.Indicators) return false;

        var origin = row.Cells[first].Origin;
        _totalRef = row.Cells[first].Ref;
        GridCell? At(ColumnRole role) =>
            _ind is not null && _ind[role] is var j && j >= 0 && j < row.Cells.Count && row.Cells[j].Origin != origin ? row.Cells[j] : null;

        var weight = At(ColumnRole.Weight);
        var score = At(ColumnRole.Score);
        var remark = At(ColumnRole.Reason);
        if (score is null)
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
        _remark = remark is null ? "" : TextNorm.Visible(remark.Text).Trim();
        _block = FormBlock.Analysis;
        _sawTotal = true;
        return true;
    }

    void ReadAnalysis(GridRow row, string[] cores)
    {
        for (int i = 0; i < row.Cells.Count; i++)
        {
            if (row.Cells[i].IsHorizontalCopy || row.Cells[i].IsVerticalCopy) continue;
            var label = Labels.Analysis.FirstOrDefault(a => a == cores[i]);
            if (label is null) continue;
            var last = row.Distinct.Last();
            if (last.Origin == row.Cells[i].Origin) return;
            _analysis[label] = new TextField(TextNorm.Visible(last.Text).Trim(), last.Ref);
            return;
        }
    }

    /// <summary>A cell's number, its invisible characters dropped first.</summary>
    internal static StatedNumber Number(GridCell cell)
    {
        var text = TextNorm.Visible(cell.Text);
        return cell.Number is not null
            ? NumberText.FromCell(text, cell.Number, cell.IsPercentFormat, cell.Ref)
            : NumberText.Parse(text, cell.Ref);
    }
}
