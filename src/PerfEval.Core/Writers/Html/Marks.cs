using PerfEval.Findings;
using PerfEval.Grid;

namespace PerfEval.Writers.Html;

/// <summary>A finding with the number its marker carries on the form.</summary>
public sealed record Mark(int Number, Finding Finding);

/// <summary>
/// Hands each finding to the rendered cell whose source reference it names.
/// A cell takes its marks as it is drawn; whatever no cell took is listed
/// under the form, so no finding is lost when the model has no matching cell.
/// </summary>
public sealed class Marks
{
    readonly Dictionary<CellRef, List<Mark>> _byCell = new();
    readonly List<Mark> _all = new();
    readonly HashSet<Mark> _taken = new();

    public Marks(IEnumerable<Finding> findings)
    {
        int n = 0;
        foreach (var f in findings)
        {
            var mark = new Mark(++n, f);
            _all.Add(mark);
            if (f.Cell is null) continue;
            if (!_byCell.TryGetValue(f.Cell, out var list)) _byCell[f.Cell] = list = new List<Mark>();
            list.Add(mark);
        }
    }

    /// <summary>The marks of a cell, most severe first; each mark is handed out once.</summary>
    public IReadOnlyList<Mark> Take(CellRef? cell)
    {
        if (cell is null || !_byCell.TryGetValue(cell, out var list)) return Array.Empty<Mark>();
        var fresh = list.Where(m => _taken.Add(m)).ToList();
        return fresh.OrderByDescending(m => m.Finding.Severity).ThenBy(m => m.Number).ToList();
    }

    /// <summary>Marks drawn cells took, in their original order.</summary>
    public IReadOnlyList<Mark> Placed => _all.Where(_taken.Contains).ToList();

    /// <summary>Marks no drawn cell took, in their original order.</summary>
    public IReadOnlyList<Mark> Left => _all.Where(m => !_taken.Contains(m)).ToList();
}
