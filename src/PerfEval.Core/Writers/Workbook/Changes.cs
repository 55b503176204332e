using ClosedXML.Excel;
using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Values;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// Marks the cells whose value differs from the stated one: a fill and a
/// comment with the original value and the rules that flagged its cell.
/// Also remembers where each cell of the original ended up, so 问题清单 can
/// point into the corrected sheet.
/// </summary>
internal sealed class Changes
{
    const string Author = "perfeval";

    readonly IReadOnlyList<Finding> _findings;
    readonly Dictionary<CellRef, string> _moved = new();

    public Changes(IReadOnlyList<Finding> findings) => _findings = findings;

    public int Marked { get; private set; }

    /// <summary>The original cell now lives at <paramref name="cell"/>.</summary>
    public void Moved(CellRef? from, IXLCell cell)
    {
        if (from is not null) _moved.TryAdd(from, cell.Address.ToStringRelative());
    }

    public string? Where(CellRef? original) => original is not null && _moved.TryGetValue(original, out var a) ? a : null;

    /// <summary>Rule codes of the findings on any of these original cells, in code order.</summary>
    public IReadOnlyList<string> Codes(params CellRef?[] cells) => _findings
        .Where(f => f.Cell is not null && cells.Contains(f.Cell))
        .Select(f => f.Rule).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();

    /// <param name="why">Said instead of the rule codes when no rule flagged the cell.</param>
    public void Mark(IXLCell cell, string original, IReadOnlyList<string> codes, string why)
    {
        cell.Style.Fill.BackgroundColor = SheetStyle.ChangedFill;
        var shown = original.Trim().Length == 0 ? "（空）" : original.Trim();
        var reason = codes.Count > 0 ? string.Join("、", codes) : why;
        var comment = cell.Comment;
        comment.Author = Author;
        comment.AddText($"原值 {shown}（{reason}）");
        Marked++;
    }

    /// <summary>The stated number as the form wrote it, for a comment.</summary>
    public static string Original(StatedNumber n) => n.Raw.Trim().Length > 0 ? n.Raw.Trim() : n.Value is { } v ? Formulas.N(v) : "";
}
