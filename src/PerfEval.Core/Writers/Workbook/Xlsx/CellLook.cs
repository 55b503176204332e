namespace PerfEval.Writers.Workbook.Xlsx;

internal enum Align { General, Left, Center }

internal enum Tint { Normal, Gray }

internal enum Fill { None, Changed, Header }

/// <summary>
/// How a cell looks. Every distinct look of a workbook becomes one cell
/// format in styles.xml; the few the corrected workbook needs are these
/// combinations, so a record of them is all the style model there is.
/// </summary>
internal readonly record struct CellLook(
    bool Border = false,
    Align Align = Align.General,
    bool Middle = false,
    bool Wrap = false,
    bool Bold = false,
    double Size = SheetStyle.FontSize,
    Tint Tint = Tint.Normal,
    Fill Fill = Fill.None,
    bool Percent = false)
{
    public static CellLook Plain => new();

    /// <summary>Cells of the form's table: thin borders, centred, wrapped.</summary>
    public static CellLook Table => new(Border: true, Align: Align.Center, Middle: true, Wrap: true);
}
