using PerfEval.Grid;
using PerfEval.Model;

namespace PerfEval.Recognition;

/// <summary>
/// Finds the forms in a document: splits its grids into one run of rows per
/// form (a new form starts at a title or 项目名称 row once the current one has
/// begun; a Word table without a title above it continues the previous form,
/// as a table broken by a page break does) and builds each form's model.
/// </summary>
public static class FormRecognizer
{
    public static IReadOnlyList<Form> Recognize(SourceDocument doc)
    {
        var segments = new List<Segment>();
        Segment? current = null;

        foreach (var grid in doc.Grids)
        {
            bool titled = grid.Preamble.Any(p => TextNorm.Key(p).Contains(Labels.Title));
            if (current is null || titled || grid.Sheet is not null)
            {
                current = new Segment(grid.Name, grid.Preamble);
                segments.Add(current);
            }

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
        }

        var forms = new List<Form>();
        foreach (var seg in segments)
        {
            var form = FormBuilder.Build(seg, forms.Count + 1);
            if (form is not null) forms.Add(form);
        }
        return forms;
    }

    enum RowKind { Other, Title, Project }

    static RowKind Classify(GridRow row)
    {
        var filled = row.Distinct.Where(c => !c.IsVerticalCopy && TextNorm.Key(c.Text).Length > 0).ToList();
        foreach (var c in filled)
        {
            var key = TextNorm.Key(c.Text);
            if (Labels.Is(key, Labels.Project)) return RowKind.Project;
            if (filled.Count == 1 && key.Contains(Labels.Title) && key.Length <= Labels.Title.Length + 8) return RowKind.Title;
        }
        return RowKind.Other;
    }

    static bool IsBody(GridRow row) => row.Distinct.Any(c =>
    {
        if (c.IsVerticalCopy) return false;
        var key = TextNorm.Key(c.Text);
        return Labels.Is(key, Labels.Level3) || Labels.Is(key, Labels.FullYear) || Labels.Is(key, Labels.Initial)
            || Labels.FundingBlock.IsMatch(key) || Labels.Is(key, Labels.Total);
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
