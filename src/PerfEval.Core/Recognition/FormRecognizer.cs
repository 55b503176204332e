using PerfEval.Grid;
using PerfEval.Model;

namespace PerfEval.Recognition;

/// <summary>
/// Finds the forms in a document: splits its grids into one run of rows per
/// form (a new form starts at a title, year or 项目名称 row once the current
/// one has begun; a Word table without a title above it continues the
/// previous form, as a table broken by a page break does), splits a sheet
/// holding forms side by side into its bands of columns, and builds each
/// form's model. A run of rows without the core of a form (a project list, a
/// cover letter's table) is not a form.
/// </summary>
public static class FormRecognizer
{
    public static IReadOnlyList<Form> Recognize(SourceDocument doc)
    {
        var segments = new List<Segment>();
        Segment? current = null;

        foreach (var grid in doc.Grids)
        {
            if (grid.Sheet is not null)
            {
                // A sheet stands alone: its forms never continue another sheet's.
                segments.AddRange(SheetSegments(grid));
                current = null;
                continue;
            }
            if (SideBySide(grid, minForms: 2) is { } banded)
            {
                // Forms side by side in one Word table stand alone, like a sheet's.
                segments.AddRange(banded);
                current = null;
                continue;
            }
            bool titled = grid.Preamble.Any(p => Labels.ContainsAny(TextNorm.Key(p), Labels.TitleWords));
            if (current is null || titled)
            {
                current = new Segment(grid.Name, grid.Preamble);
                segments.Add(current);
            }
            current = Split(grid, current, segments);
        }

        var forms = new List<Form>();
        foreach (var seg in segments)
        {
            var form = FormBuilder.Build(seg, forms.Count + 1);
            if (form is not null) forms.Add(form);
        }
        return forms;
    }

    /// <summary>
    /// The segments of a sheet. Forms side by side are separated by columns
    /// with nothing in them; the bands are used when they hold more forms
    /// than the sheet read as a whole does.
    /// </summary>
    static List<Segment> SheetSegments(CellGrid grid) => SideBySide(grid, minForms: 1) ?? SegmentsOf(grid);

    /// <summary>
    /// The segments of a grid holding forms side by side, or null when it does
    /// not. Forms side by side are separated by columns with nothing in them,
    /// or else start where a row holds a second 项目名称; the bands are used
    /// when they hold more forms than the grid read as a whole does.
    /// </summary>
    static List<Segment>? SideBySide(CellGrid grid, int minForms)
    {
        var bands = Bands(grid);
        if (bands.Count < 2) bands = ProjectBands(grid);
        if (bands.Count < 2) return null;
        var banded = new List<Segment>();
        for (int b = 0; b < bands.Count; b++)
            banded.AddRange(SegmentsOf(Slice(grid, bands[b].From, bands[b].To), b == 0 ? grid.Preamble : Array.Empty<string>()));
        int forms = Count(banded);
        return forms >= minForms && forms > Count(SegmentsOf(grid, grid.Preamble)) ? banded : null;
    }

    /// <summary>Bands cut where a row holds a further 项目名称 label: forms side by side with no empty column between.</summary>
    static List<(int From, int To)> ProjectBands(CellGrid grid)
    {
        int width = grid.Rows.Count == 0 ? 0 : grid.Rows.Max(r => r.Cells.Count);
        foreach (var row in grid.Rows)
        {
            var cuts = new List<int>();
            for (int c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                // 项目名称 and 项目名 both hold 名: most cells are passed over without building their key.
                if (cell.IsHorizontalCopy || cell.IsVerticalCopy || !cell.Text.Contains('名')) continue;
                if (Labels.IsFieldLabel(Labels.LabelCore(TextNorm.Key(cell.Text)), Labels.Project)) cuts.Add(c);
            }
            if (cuts.Count < 2) continue;
            var bands = new List<(int, int)>();
            int from = 0;
            foreach (var cut in cuts.Skip(1))
            {
                bands.Add((from, cut));
                from = cut;
            }
            bands.Add((from, width));
            return bands;
        }
        return new List<(int, int)>();
    }

    static int Count(List<Segment> segments) => segments.Count(s => FormBuilder.Build(s, 0) is not null);

    static List<Segment> SegmentsOf(CellGrid grid) => SegmentsOf(grid, grid.Preamble);

    static List<Segment> SegmentsOf(CellGrid grid, IReadOnlyList<string> preamble)
    {
        var segments = new List<Segment>();
        var first = new Segment(grid.Name, preamble);
        segments.Add(first);
        Split(grid, first, segments);
        return segments;
    }

    /// <summary>Adds the grid's rows to the current segment, starting a new one at each title or project row once a form has begun.</summary>
    static Segment Split(CellGrid grid, Segment current, List<Segment> segments)
    {
        foreach (var row in grid.Rows)
        {
            var kind = Classify(row);
            if (kind != RowKind.Other && (current.HasProject || current.HasBody))
            {
                current = new Segment(grid.Name, Array.Empty<string>());
                segments.Add(current);
            }
            if (kind == RowKind.Project) current.HasProject = true;
            if (kind == RowKind.Other && IsBody(row)) current.HasBody = true;
            current.Rows.Add(row);
        }
        return current;
    }

    /// <summary>Runs of columns holding text, separated by columns empty in every row.</summary>
    static List<(int From, int To)> Bands(CellGrid grid)
    {
        int width = grid.Rows.Count == 0 ? 0 : grid.Rows.Max(r => r.Cells.Count);
        var used = new bool[width];
        foreach (var row in grid.Rows)
            for (int c = 0; c < row.Cells.Count; c++)
                if (!used[c] && HasText(row.Cells[c].Text)) used[c] = true;
        var bands = new List<(int, int)>();
        for (int c = 0; c < width; c++)
        {
            if (!used[c]) continue;
            int from = c;
            while (c + 1 < width && used[c + 1]) c++;
            bands.Add((from, c + 1));
        }
        return bands;
    }

    /// <summary>Any character that is not white space or invisible (what TextNorm.Key keeps), without building the key.</summary>
    static bool HasText(string text)
    {
        foreach (var ch in text)
            if (!char.IsWhiteSpace(ch) && !TextNorm.IsInvisible(ch)) return true;
        return false;
    }

    static CellGrid Slice(CellGrid grid, int from, int to)
    {
        var rows = grid.Rows
            .Select(r => new GridRow(r.Number, r.Cells.Skip(from).Take(Math.Max(0, Math.Min(to, r.Cells.Count) - from)).Select(Within).ToList()))
            .ToList();
        return new CellGrid(grid.Name, rows, grid.Preamble, grid.Sheet, grid.Table);

        // A merge reaching in from the left (a title or year line across both
        // forms) starts the band's part of it: the band's form reads it too.
        GridCell Within(GridCell cell, int i)
        {
            int left = cell.Ref.Col - i;
            return cell.Origin.Col >= left ? cell : cell.WithOrigin(cell.Origin with { Col = left });
        }
    }

    enum RowKind { Other, Title, Project }

    /// <summary>A 项目名称 row; a title or year row (every filled cell a 自评表 title or a year line).</summary>
    static RowKind Classify(GridRow row)
    {
        int filled = 0;
        bool allTitle = true;
        foreach (var c in row.Cells)
        {
            if (c.IsHorizontalCopy || c.IsVerticalCopy) continue;
            var key = TextNorm.Key(c.Text);
            if (key.Length == 0) continue;
            var core = Labels.LabelCore(key);
            if (Labels.IsFieldLabel(core, Labels.Project)) return RowKind.Project;
            filled++;
            allTitle &= key.Length <= 40 && Labels.ContainsAny(key, Labels.TitleWords) || Labels.IsYearLine(key);
        }
        return filled is >= 1 and <= 3 && allTitle ? RowKind.Title : RowKind.Other;
    }

    /// <summary>A row of a form's body: a block heading, a 三级 or budget header, a total.</summary>
    static bool IsBody(GridRow row) => row.Distinct.Any(c =>
    {
        if (c.IsVerticalCopy) return false;
        var core = Labels.LabelCore(TextNorm.Key(c.Text));
        if (core.Length == 0) return false;
        return Labels.HeadingOf(core) is FormBlock.Funding or FormBlock.Indicators
            || Labels.RoleOf(core, FormBlock.Indicators) == ColumnRole.Level3
            || Labels.RoleOf(core, FormBlock.Funding) is ColumnRole.InitialBudget or ColumnRole.FullYearBudget
            || Labels.IsLabel(core, Labels.Total);
    });
}

/// <summary>The rows of one form, with the paragraphs that stood above them.</summary>
public sealed class Segment
{
    public Segment(string location, IReadOnlyList<string> preamble)
    {
        Location = location;
        Preamble = preamble;
    }

    public string Location { get; }
    public IReadOnlyList<string> Preamble { get; }
    public List<GridRow> Rows { get; } = new();
    public bool HasProject { get; set; }
    public bool HasBody { get; set; }
}
