using PerfEval.Scoring;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Writers.Workbook.Blocks;

/// <summary>
/// One form being written: where the template's named cells land once the
/// indicator area has the form's row count, and the cell helpers every block
/// shares (texts as text, stated numbers as numbers, formulas with their
/// values, the record of what moved and what changed).
/// </summary>
internal sealed class FormContext
{
    public FormContext(IFormSheet sheet, FormTemplate template, FormResult result, ScoringProfile profile)
    {
        Sheet = sheet;
        T = template;
        R = result;
        Profile = profile;
        Changes = new Changes(result.Findings);
        Rows = Math.Max(result.Form.Indicators.Count, 1);
    }

    public IFormSheet Sheet { get; }
    public FormTemplate T { get; }
    public FormResult R { get; }
    public Form Form => R.Form;
    public ScoringProfile Profile { get; }
    public Changes Changes { get; }
    /// <summary>Indicator rows on this sheet: the form's indicators, at least one.</summary>
    public int Rows { get; }

    public int Row(int templateRow) => T.SheetRow(templateRow, Rows);

    /// <summary>A named cell outside the indicator area, where it is on this sheet.</summary>
    public Pos? At(string name) => T.Find(name) is { } p ? new Pos(Row(p.Row), p.Col) : null;

    /// <summary>A named indicator column on indicator row <paramref name="i"/> (from 0).</summary>
    public Pos? Ind(string name, int i) => T.Find(name) is { } p ? new Pos(T.AreaFirst + i, p.Col) : null;

    /// <summary>The form's text at a named cell, kept where it came from.</summary>
    public void Field(string name, TextField field)
    {
        if (At(name) is { } at) Put(at, field.Text, field.Ref);
    }

    public void Put(Pos? at, string text, CellRef? from)
    {
        if (at is not { } p) return;
        Sheet.Text(p, text);
        Changes.Moved(from, p);
        Sheet.Fit(p, text);
    }

    /// <summary>A stated number as a number, anything else as the text it was.</summary>
    public void Stated(Pos at, StatedNumber n)
    {
        if (Written(n) is { } v) Sheet.Number(at, v);
        else Sheet.Text(at, n.Raw.Trim());
    }

    /// <summary>The number a cell holds for a stated value: none for a percentage, which is a rate, not an amount.</summary>
    public static decimal? Written(StatedNumber n) => n.IsPercent ? null : n.Value;

    /// <summary>Marks <paramref name="at"/> when what it now shows is not what the form stated.</summary>
    public void MarkIf(bool changed, Pos at, StatedNumber stated, string why, params CellRef?[] cells)
    {
        if (changed) Changes.Mark(Sheet, at, Changes.Original(stated), Changes.Codes(cells.Length == 0 ? new[] { stated.Ref } : cells), why);
    }

    public static string Col(int col) => CellRef.ColumnLetters(col);
}
