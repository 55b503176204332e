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

    TextField _project = TextField.Empty, _department = TextField.Empty, _implementer = TextField.Empty;
    bool _projectLabel;
    string? _title;
    int? _year;
    CellRef? _yearRef;

    ColumnMap? _fund;
    readonly Dictionary<FundingKind, FundingRow> _funding = new();

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
    readonly List<ColumnInfo> _columns = new();
    readonly List<UnreadLabel> _unread = new();

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
        _funding.TryGetValue(FundingKind.Appropriation, out var appropriation);
        _funding.TryGetValue(FundingKind.CarryOver, out var carry);
        _funding.TryGetValue(FundingKind.Other, out var other);
        _funding.TryGetValue(FundingKind.SpecialAccount, out var special);
        _funding.TryGetValue(FundingKind.UnitFunds, out var unit);
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
            FundingTotal = WithLabelWeight(total ?? appropriation),
            Appropriation = total is null ? null : appropriation,
            CarryOver = carry,
            OtherFunds = other,
            SpecialAccount = special,
            UnitFunds = unit,
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
            Columns = _columns,
            Unread = _unread,
        };
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

        if (_block == FormBlock.Header && _project.IsEmpty)
            for (int i = 0; i < row.Cells.Count; i++)
                if (row.Cells[i].IsOrigin && keys[i].Length > 0) ReadTitleLine(keys[i], row.Cells[i].Ref);

        ReadHeaderFields(row, cores);

        // Indicators first: a 年初目标值 column must not make an indicator header a funding one.
        if (ColumnMap.TryRead(row, cores, FormBlock.Indicators) is { } ind)
        {
            _ind = ind;
            Remember(ind);
            _block = FormBlock.Indicators;
            return;
        }

        if (ColumnMap.TryRead(row, cores, FormBlock.Funding) is { } fund)
        {
            _fund = fund;
            Remember(fund);
            _block = FormBlock.Funding;
            return;
        }

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

    /// <summary>A header repeated at a page break is recorded once.</summary>
    void Remember(ColumnMap map)
    {
        foreach (var c in map.Columns)
            if (!_columns.Any(x => x.Block == c.Block && x.Role == c.Role && x.Label == c.Label)) _columns.Add(c);
        foreach (var u in map.Unread)
            if (!_unread.Any(x => x.Block == u.Block && x.Label == u.Label)) _unread.Add(u);
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
        }
    }

    /// <summary>
    /// A header field: the label alone in its cell with the value to its right,
    /// or label and value in one cell (项目名称：城区道路维护).
    /// </summary>
    static TextField? Field(GridRow row, int i, string core, string[] labels)
    {
        if (Labels.IsLabel(core, labels)) return ValueAfter(row, i);
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
        for (int i = 0; i < row.Cells.Count; i++)
        {
            var c = row.Cells[i];
            if (c.IsHorizontalCopy || c.IsVerticalCopy) continue;
            var kind = Labels.FundingRow(keys[i]);
            if (kind is null) continue;
            if (!_funding.ContainsKey(kind.Value))
                _funding[kind.Value] = FundingRowAt(row, kind.Value, TextNorm.Clean(c.Text), c.Ref, c.Origin);
            return true;
        }
        // 20分 frames: one row of amounts under the header, with no row label.
        if (_funding.Count == 0 && HasAmount(row))
        {
            _funding[FundingKind.Total] = FundingRowAt(row, FundingKind.Total, Labels.UnlabelledFundingRow, row.Cells[0].Ref, null);
            return true;
        }
        return false;
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
        int exp = Array.FindIndex(cores, k => Labels.IsLabel(k, Labels.GoalExpected));
        int act = Array.FindIndex(cores, k => Labels.IsLabel(k, Labels.GoalActual));
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
