using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Rules;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Writers.Docx;

/// <summary>
/// What `fix --docx` writes into one cell: the findings to note there and,
/// when perfeval can compute it, the value that replaces the stated number.
/// </summary>
public sealed record CellCorrection(CellRef Cell, IReadOnlyList<Finding> Findings, string? Value, bool IsRate, string? Note = null)
{
    public bool Corrects => Value is not null;
}

/// <summary>
/// The corrections of one form. Only numbers the rules recompute are
/// corrected, as each rule's metadata says (<see cref="RuleInfo.Fix"/>): the
/// total becomes the recomputed total, a score or a rate the finding's expected
/// value. Every other finding needs a person and becomes a comment only. When the total is corrected, item scores that the rules
/// accept within tolerance but that differ from their rounded recomputation
/// (a stated 1.5 for 1.545) are set to it as well, so that the corrected
/// items add up to the corrected total.
/// </summary>
public sealed record FormCorrections(IReadOnlyList<CellCorrection> Cells, IReadOnlyList<Finding> Unplaced)
{
    public static FormCorrections Plan(FormResult result)
    {
        var form = result.Form;
        // A finding about the whole form is noted on the project name, the first thing a reader sees.
        var fallback = form.Project.Ref ?? form.TotalRef;
        var order = new List<CellRef>();
        var byCell = new Dictionary<CellRef, List<Finding>>();
        var unplaced = new List<Finding>();
        foreach (var f in result.Findings)
        {
            var cell = f.Cell ?? fallback;
            if (cell is null)
            {
                unplaced.Add(f);
                continue;
            }
            if (!byCell.TryGetValue(cell, out var list))
            {
                byCell[cell] = list = new List<Finding>();
                order.Add(cell);
            }
            list.Add(f);
        }

        var cells = new List<CellCorrection>();
        foreach (var cell in order)
        {
            var findings = byCell[cell];
            string? value = null;
            bool rate = false;
            // The 总分 label cell stands in for a missing score cell; it is never overwritten.
            if (findings.Any(f => FixOf(f) == Correction.RecomputedTotal) && cell == form.StatedTotal.Ref && cell != form.TotalRef)
                value = Fmt.N(result.Score.RecomputedTotal);
            else if (findings.FirstOrDefault(f => FixOf(f) == Correction.ExpectedScore && f.Expected is not null) is { } score)
                value = Fmt.N(score.Expected!.Value);
            else if (findings.FirstOrDefault(f => FixOf(f) == Correction.ExpectedRate && f.Expected is not null) is { } r)
            {
                value = Fmt.N(r.Expected!.Value);
                rate = true;
            }
            cells.Add(new CellCorrection(cell, findings, value, rate));
        }
        if (cells.Any(c => c.Corrects && c.Cell == form.StatedTotal.Ref))
            cells.AddRange(Refinements(result, cells));
        return new FormCorrections(cells, unplaced);
    }

    static Correction FixOf(Finding f) => RuleCatalog.Find(f.Rule)?.Fix ?? Correction.None;

    /// <summary>Item scores whose stated value is not the rounded recomputed one the new total is built from.</summary>
    static IEnumerable<CellCorrection> Refinements(FormResult result, List<CellCorrection> planned)
    {
        var taken = planned.Where(c => c.Corrects).Select(c => c.Cell).ToHashSet();
        var items = new List<(StatedNumber Stated, decimal Precise)>();
        var s = result.Score;
        if (result.Form.FundingTotal?.Score is { } budget && s.BudgetScoreRaw is not null)
            items.Add((budget, s.BudgetScore));
        foreach (var ind in s.Indicators)
            if (ind.Rounded is { } rounded)
                items.Add((ind.Indicator.Score, rounded));
        foreach (var (stated, precise) in items)
        {
            if (stated.Ref is not { } at || stated.Value == precise || stated.IsInvalid || taken.Contains(at)) continue;
            var was = stated.Raw.Trim().Length > 0 ? stated.Raw.Trim() : "空";
            yield return new CellCorrection(at, Array.Empty<Finding>(), Fmt.N(precise), false,
                $"按评分规则重算为 {Fmt.N(precise)}（填报 {was}，在容差之内）；总分已按重算结果更正，此处一并修订，使各项得分之和等于总分");
        }
    }
}
