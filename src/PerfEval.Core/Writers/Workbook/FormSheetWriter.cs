using ClosedXML.Excel;
using PerfEval.Model;
using PerfEval.Recognition;
using PerfEval.Scoring;
using N = PerfEval.Writers.Workbook.TemplateNames;
using PerfEval.Values;

namespace PerfEval.Writers.Workbook;

/// <summary>One corrected form: its sheet, where its total is, and the map from original cells.</summary>
public sealed record FormSheet(string Name, FormResult Result, string TotalCell, int Marked, Func<Grid.CellRef?, string?> Where);

/// <summary>
/// Fills one copy of the template sheet with a form: the stated texts and
/// amounts as they were, every recomputable number as a live formula, each
/// changed number marked (docs/fix.md).
/// </summary>
internal sealed class FormSheetWriter
{
    readonly FormTemplate _t;
    readonly IXLWorksheet _ws;
    readonly FormResult _r;
    readonly ScoringProfile _profile;
    readonly CachedValues _cache;
    readonly Changes _changes;
    readonly int _n;
    readonly int _delta;
    readonly List<(int Row, int Rows, double Width, string Text)> _texts = new();

    FormSheetWriter(IXLWorksheet ws, FormTemplate t, FormResult r, ScoringProfile profile, CachedValues cache)
    {
        _ws = ws;
        _t = t;
        _r = r;
        _profile = profile;
        _cache = cache;
        _changes = new Changes(r.Findings);
        _n = Math.Max(r.Form.Indicators.Count, 1);
        _delta = _n - t.AreaRows;
    }

    public static FormSheet Write(IXLWorksheet templateSheet, string name, FormTemplate t, FormResult r, ScoringProfile profile, CachedValues cache)
    {
        var ws = templateSheet.CopyTo(name);
        var w = new FormSheetWriter(ws, t, r, profile, cache);
        w.Resize();
        w.Header();
        var (budgetScore, budgetWeight, budget, executed) = w.Funding();
        w.Goals();
        var (scores, weights) = w.Indicators();
        var total = w.Total(budgetScore, budgetWeight, budget, executed, scores, weights);
        w.Analysis();
        SheetStyle.FitRows(ws, w._texts);
        ws.PageSetup.PrintAreas.Clear();
        ws.PageSetup.PrintAreas.Add(1, 1, w.Row(t.LastRow), t.FormLastCol);
        return new FormSheet(name, r, total, w._changes.Marked, w._changes.Where);
    }

    int Row(int templateRow) => templateRow > _t.AreaLast ? templateRow + _delta : templateRow;

    IXLCell? At(string name) => _t.Find(name) is { } p ? _ws.Cell(Row(p.Row), p.Col) : null;

    IXLCell? Ind(string name, int i) => _t.Find(name) is { } p ? _ws.Cell(_t.AreaFirst + i, p.Col) : null;

    string Sheet => _ws.Name;

    /// <summary>
    /// Makes the indicator area exactly as many rows as the form has
    /// indicators. Merges that reach into the area from outside (the 绩效指标
    /// label) are stretched with it; merges inside it are redone per form.
    /// </summary>
    void Resize()
    {
        int first = _t.AreaFirst, last = _t.AreaLast;
        var spanning = new List<(int Top, int Left, int Bottom, int Right)>();
        foreach (var m in _ws.MergedRanges.ToList())
        {
            var a = m.RangeAddress;
            int top = a.FirstAddress.RowNumber, bottom = a.LastAddress.RowNumber;
            if (bottom < first || top > last) continue;
            m.Unmerge();
            if (top >= first && bottom <= last) continue;
            spanning.Add((Math.Min(top, first), a.FirstAddress.ColumnNumber,
                bottom > last ? bottom + _delta : first + _n - 1, a.LastAddress.ColumnNumber));
        }
        if (_delta > 0) _ws.Row(first).InsertRowsBelow(_delta);
        else if (_delta < 0) _ws.Rows(first + _n, last).Delete();
        foreach (var (top, left, bottom, right) in spanning) _ws.Range(top, left, bottom, right).Merge();

        var columns = N.IndicatorColumns.Select(_t.Find).Where(p => p is not null).Select(p => p!.Value.Col)
            .Append(_t.TargetNumberCol).Append(_t.ActualNumberCol).Distinct().ToList();
        for (int i = 0; i < _n; i++)
            foreach (var c in columns)
                _ws.Cell(first + i, c).Clear(XLClearOptions.Contents);
    }

    void Header()
    {
        var form = _r.Form;
        FieldText(N.Project, form.Project);
        FieldText(N.Department, form.Department);
        FieldText(N.Implementer, form.Implementer);
        if (At(N.Year) is { } year && form.Year is { } y)
        {
            year.SetValue(YearLine.Fill(year.GetString(), y));
            _changes.Moved(form.YearRef, year);
        }
    }

    void FieldText(string name, TextField field)
    {
        if (At(name) is not { } cell) return;
        Text(cell, field.Text);
        _changes.Moved(field.Ref, cell);
        Wrap(cell, field.Text);
    }

    (string BudgetScore, string BudgetWeight, string Budget, string Executed) Funding()
    {
        var form = _r.Form;
        var score = _r.Score;
        var total = form.FundingTotal;
        IXLCell Cell(string column) => At(N.Funding(column, "总额"))!;

        if (total is not null) WriteAmounts(total, "总额");
        var initial = Cell("年初预算数");
        var fullYear = Cell("全年预算数");
        var executed = Cell("全年执行数");
        // The engine takes 全年预算数, or 年初预算数 when that is blank.
        var budget = total is not null && !total.FullYear.HasValue && total.Initial.HasValue ? initial : fullYear;
        string b = budget.Address.ToStringRelative(), e = executed.Address.ToStringRelative();

        var weight = Cell("分值");
        weight.Value = _profile.BudgetWeight;
        var statedWeight = total?.Weight ?? StatedNumber.Missing();
        _changes.Moved(statedWeight.Ref, weight);
        if (statedWeight.Value != _profile.BudgetWeight)
            _changes.Mark(weight, Changes.Original(statedWeight), _changes.Codes(statedWeight.Ref), $"按评分口径 {_profile.Name} 的预算执行率分值");

        var rate = Cell("执行率");
        rate.FormulaA1 = Formulas.Rate(b, e);
        rate.Style.NumberFormat.NumberFormatId = 10; // 0.00%
        decimal? shownRate = score.Rate is { } r ? Math.Round(r, 4, MidpointRounding.AwayFromZero) : null;
        Cache(rate, shownRate);
        var statedRate = total?.Rate ?? StatedNumber.Missing();
        _changes.Moved(statedRate.Ref, rate);
        if (!SameRate(statedRate, shownRate))
            _changes.Mark(rate, Changes.Original(statedRate), _changes.Codes(statedRate.Ref), "按 全年执行数 ÷ 全年预算数 重算");

        var budgetScore = Cell("得分");
        var statedScore = total?.Score ?? StatedNumber.Missing();
        decimal withoutRate = Math.Max(0m, Math.Min(statedScore.Value ?? 0m, _profile.BudgetWeight));
        budgetScore.FormulaA1 = Formulas.BudgetScore(b, e, weight.Address.ToStringRelative(), withoutRate);
        Cache(budgetScore, score.BudgetScore);
        _changes.Moved(statedScore.Ref, budgetScore);
        if (statedScore.Value != score.BudgetScore)
            _changes.Mark(budgetScore, Changes.Original(statedScore), _changes.Codes(statedScore.Ref), "按 分值 × min(执行率, 1) 重算");

        var subRows = new (FundingRow? Row, string Name)[]
        {
            (form.Appropriation ?? (total?.Kind == FundingKind.Appropriation ? total : null), "财政拨款"),
            (form.CarryOver, "上年结转"), (form.OtherFunds, "其他资金"),
        };
        foreach (var (row, name) in subRows)
            if (row is not null) SubRow(row, name, (weight, _profile.BudgetWeight), (rate, shownRate), (budgetScore, score.BudgetScore));

        return (budgetScore.Address.ToStringRelative(), weight.Address.ToStringRelative(), b, e);
    }

    void WriteAmounts(FundingRow row, string rowName)
    {
        foreach (var (column, stated) in new[] { ("年初预算数", row.Initial), ("全年预算数", row.FullYear), ("全年执行数", row.Executed) })
        {
            if (At(N.Funding(column, rowName)) is not { } cell) continue;
            Stated(cell, stated);
            _changes.Moved(stated.Ref, cell);
        }
    }

    /// <summary>
    /// 其中 rows keep their amounts. Where they repeat 分值/执行率/得分 (which
    /// belong to the 年度资金总额 row), the repeat becomes a reference to it.
    /// </summary>
    void SubRow(FundingRow row, string rowName, (IXLCell Cell, decimal? Value) weight, (IXLCell Cell, decimal? Value) rate, (IXLCell Cell, decimal? Value) score)
    {
        WriteAmounts(row, rowName);
        foreach (var (column, stated, source) in new[] { ("分值", row.Weight, weight), ("执行率", row.Rate, rate), ("得分", row.Score, score) })
        {
            if (At(N.Funding(column, rowName)) is not { } cell) continue;
            _changes.Moved(stated.Ref, cell);
            if (!stated.HasValue)
            {
                Text(cell, stated.Raw.Trim());
                continue;
            }
            cell.FormulaA1 = source.Cell.Address.ToStringRelative();
            cell.Style.NumberFormat.NumberFormatId = source.Cell.Style.NumberFormat.NumberFormatId;
            Cache(cell, source.Value);
            bool same = column == "执行率" ? SameRate(stated, source.Value) : stated.Value == source.Value;
            if (!same) _changes.Mark(cell, Changes.Original(stated), _changes.Codes(stated.Ref), "与年度资金总额行一致");
        }
    }

    /// <summary>
    /// A stated rate is a percentage (15.45, 15.45%); one of at most 1
    /// without a % sign may also be a fraction (0.1545), as PE103 reads it.
    /// </summary>
    static bool SameRate(StatedNumber stated, decimal? fraction)
    {
        if (stated.Value is not { } v) return fraction is null;
        if (fraction is not { } f) return false;
        var percent = f * 100m;
        return v == percent || (!stated.IsPercent && v <= 1m && v == f);
    }

    void Goals()
    {
        FieldText(N.GoalExpected, _r.Form.GoalExpected);
        FieldText(N.GoalActual, _r.Form.GoalActual);
    }

    (string Scores, string Weights) Indicators()
    {
        var form = _r.Form;
        for (int i = 0; i < form.Indicators.Count; i++)
            Indicator(i, form.Indicators[i], _r.Score.Indicators[i]);
        // 二级 first: its runs end where the 一级 text changes, which merging 一级 would blank out.
        MergeRuns(N.Level2, N.Level1);
        MergeRuns(N.Level1, null);
        HelperHeaders();
        string Range(string name) => _t.Find(name) is { } p
            ? $"{Col(p.Col)}{_t.AreaFirst}:{Col(p.Col)}{_t.AreaFirst + _n - 1}"
            : throw new InvalidOperationException(name);
        return (Range(N.Score), Range(N.Weight));
    }

    void Indicator(int i, Indicator ind, IndicatorScore s)
    {
        Put(Ind(N.Level1, i), Level1Text(ind), null);
        Put(Ind(N.Level2, i), ind.Level2, null);
        Put(Ind(N.Level3, i), ind.Name, ind.Ref);
        Put(Ind(N.Target, i), ind.Target.Raw.Trim(), ind.TargetRef);
        Put(Ind(N.Actual, i), ind.Actual.Raw.Trim(), ind.ActualRef);
        Put(Ind(N.Reason, i), ind.Reason, ind.ReasonRef);

        var weight = Ind(N.Weight, i)!;
        Stated(weight, ind.Weight);
        _changes.Moved(ind.Weight.Ref, weight);

        int row = _t.AreaFirst + i;
        var target = _ws.Cell(row, _t.TargetNumberCol);
        var actual = _ws.Cell(row, _t.ActualNumberCol);
        if (s.Direction != Direction.Qualitative && s.TargetNumber is { } t && s.ActualNumber is { } a)
        {
            target.Value = t;
            actual.Value = a;
        }

        var score = Ind(N.Score, i)!;
        _changes.Moved(ind.Score.Ref, score);
        if (s.Raw is not null && s.Rounded is not null)
        {
            string w = weight.Address.ToStringRelative(), tt = target.Address.ToStringRelative(), aa = actual.Address.ToStringRelative();
            score.FormulaA1 = s.Direction == Direction.Reverse ? Formulas.Reverse(w, tt, aa) : Formulas.Positive(w, tt, aa, _profile);
            Cache(score, s.Counted);
        }
        else
        {
            score.Value = s.Counted;
        }
        if (ind.Score.Value != s.Counted)
        {
            var why = s.Direction == Direction.Qualitative ? "定性指标得分限于 0～分值" : "按指标值、实际完成值重算";
            _changes.Mark(score, Changes.Original(ind.Score), _changes.Codes(ind.Score.Ref), why);
        }
    }

    /// <summary>
    /// The 一级 category the 二级 name decides, printed as the form printed it
    /// when that agrees (产出指标(50分) keeps its weight), else by its name.
    /// </summary>
    static string Level1Text(Indicator ind)
    {
        string? name = ind.Level1 switch
        {
            Level1.Output => "产出指标",
            Level1.Benefit => "效益指标",
            Level1.Satisfaction => "满意度指标",
            _ => null,
        };
        if (name is null) return ind.Level1Label;
        return Labels.CategoryOfLabel(TextNorm.Key(ind.Level1Label)) == ind.Level1 ? ind.Level1Label : name;
    }

    /// <summary>Merges runs of equal 一级 (or 二级 within one 一级) cells down, as the standard form prints them.</summary>
    void MergeRuns(string name, string? within)
    {
        if (_t.Find(name) is not { } p) return;
        var parent = within is null ? null : _t.Find(within);
        string Key(int i) => _ws.Cell(_t.AreaFirst + i, p.Col).GetString() + "\u0001" +
            (parent is { } q ? _ws.Cell(_t.AreaFirst + i, q.Col).GetString() : "");
        int start = 0;
        for (int i = 1; i <= _n; i++)
        {
            if (i < _n && Key(i) == Key(start) && _ws.Cell(_t.AreaFirst + i, p.Col).GetString().Length > 0) continue;
            if (i - start > 1)
            {
                for (int k = start + 1; k < i; k++) _ws.Cell(_t.AreaFirst + k, p.Col).Clear(XLClearOptions.Contents);
                _ws.Range(_t.AreaFirst + start, p.Col, _t.AreaFirst + i - 1, p.Col).Merge();
            }
            start = i;
        }
    }

    /// <summary>Labels the numeric helper columns the score formulas read, unless the template placed them.</summary>
    void HelperHeaders()
    {
        int header = _t.AreaFirst - 1;
        if (header < 1) return;
        foreach (var (col, label, named) in new[]
        {
            (_t.TargetNumberCol, "指标值(数)", N.TargetNumber), (_t.ActualNumberCol, "实际值(数)", N.ActualNumber),
        })
        {
            var area = _ws.Range(_t.AreaFirst, col, _t.AreaFirst + _n - 1, col);
            area.Style.Font.FontColor = XLColor.DimGray;
            if (_t.Find(named) is not null) continue;
            _ws.Column(col).Width = 10;
            var cell = _ws.Cell(header, col);
            cell.SetValue(label);
            cell.Style.Font.FontColor = XLColor.DimGray;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            cell.Comment.Author = "perfeval";
            cell.Comment.AddText("得分公式按本列数值计算（与年度指标值、实际完成值对齐单位后的数）；修改指标值或实际完成值时请同时修改本列。不打印。");
        }
    }

    string Total(string budgetScore, string budgetWeight, string budget, string executed, string scores, string weights)
    {
        var form = _r.Form;
        if (At(N.TotalWeight) is { } tw)
        {
            tw.FormulaA1 = Formulas.Sum(budgetWeight, weights);
            decimal sum = _profile.BudgetWeight + form.Indicators.Sum(i => Written(i.Weight) ?? 0m);
            Cache(tw, sum);
            _changes.Moved(form.TotalWeight.Ref, tw);
            if (form.TotalWeight.Value != sum)
                _changes.Mark(tw, Changes.Original(form.TotalWeight), _changes.Codes(form.TotalWeight.Ref), "预算执行率分值与各指标分值之和");
        }

        var total = At(N.Total)!;
        total.FormulaA1 = Formulas.Total(budgetScore, scores, budget, executed, _profile);
        Cache(total, _r.Score.RecomputedTotal);
        _changes.Moved(form.StatedTotal.Ref, total);
        _changes.Moved(form.TotalRef, total);
        if (form.StatedTotal.Value != _r.Score.RecomputedTotal)
            _changes.Mark(total, Changes.Original(form.StatedTotal), _changes.Codes(form.StatedTotal.Ref, form.TotalRef), "各项得分之和");

        if (At(N.TotalRemark) is { } remark)
        {
            Text(remark, form.TotalRemark);
            Wrap(remark, form.TotalRemark);
        }
        return total.Address.ToStringRelative();
    }

    void Analysis()
    {
        foreach (var label in N.Analysis)
            if (_r.Form.Analysis.TryGetValue(label, out var text)) FieldText(label, text);
    }

    void Put(IXLCell? cell, string text, Grid.CellRef? from)
    {
        if (cell is null) return;
        Text(cell, text);
        _changes.Moved(from, cell);
        Wrap(cell, text);
    }

    void Cache(IXLCell cell, decimal? value)
    {
        var at = cell.Address.ToStringRelative();
        if (value is { } v) _cache.Set(Sheet, at, v);
        else _cache.SetText(Sheet, at, "");
    }

    /// <summary>Text stays text: ClosedXML's Value setter would turn 100% or =1次 into a number or a formula.</summary>
    static void Text(IXLCell cell, string text)
    {
        if (text.Length == 0) cell.Clear(XLClearOptions.Contents);
        else SheetStyle.SetText(cell, text);
    }

    /// <summary>A stated number as a number, anything else as the text it was.</summary>
    static void Stated(IXLCell cell, StatedNumber n)
    {
        if (Written(n) is { } v) cell.Value = v;
        else Text(cell, n.Raw.Trim());
    }

    static decimal? Written(StatedNumber n) => n.IsPercent ? null : n.Value;

    void Wrap(IXLCell cell, string text)
    {
        if (text.Length == 0) return;
        var merged = cell.MergedRange();
        int rows = merged?.RowCount() ?? 1;
        int cols = merged?.ColumnCount() ?? 1;
        _texts.Add((cell.Address.RowNumber, rows, SheetStyle.Width(_ws, cell.Address.ColumnNumber, cols), text));
    }

    static string Col(int col) => Grid.CellRef.ColumnLetters(col);
}
