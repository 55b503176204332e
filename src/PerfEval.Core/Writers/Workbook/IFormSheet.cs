namespace PerfEval.Writers.Workbook;

/// <summary>
/// What the form blocks (Blocks/) do to a sheet, whatever writes it: the
/// streamed standard sheet (Xlsx/) or a copy of a province's template sheet
/// (Province/). Positions are final sheet positions; a formula's value is
/// given with it, computed by perfeval, and stored as its cached value.
/// </summary>
internal interface IFormSheet
{
    string Name { get; }

    void Number(Pos at, decimal value);

    /// <summary>Text stays text (never read as a number or formula); "" blanks the cell.</summary>
    void Text(Pos at, string text);

    /// <param name="cached">The formula's value; null: it shows blank.</param>
    /// <param name="percent">Shown as 0.00%.</param>
    void Formula(Pos at, string formula, decimal? cached, bool percent = false);

    /// <summary>A changed cell: filled, with this comment.</summary>
    void Mark(Pos at, string comment);

    void Merge(Pos first, Pos last);

    /// <summary>Raises the rows of this cell (or its merged area) to show the wrapped text.</summary>
    void Fit(Pos at, string text);

    /// <summary>A numeric helper column: grey over the indicator rows; with a header, labelled and noted in the row above.</summary>
    void HelperColumn(int col, int firstRow, int lastRow, string? header, string note);

    void PrintArea(int lastRow, int lastCol);
}
