namespace PerfEval.Samples;

/// <summary>One 项目支出绩效自评表 of the seed: the two paragraphs above its table and the table's rows as cell texts.</summary>
public sealed class SeedForm
{
    public string Title { get; set; } = "";
    public string YearLine { get; set; } = "";

    /// <summary>Cell texts per row, after rejoining split rows and padding short ones; line breaks inside a cell are '\n'.</summary>
    public List<List<string>> Rows { get; set; } = new();

    /// <summary>The text next to 项目名称, or "" when the form has no such row.</summary>
    public string Project
    {
        get
        {
            var row = Rows.FirstOrDefault(r => r.Count > 1 && RowLabels.Squash(r[0]) == "项目名称");
            return row?[1].Trim() ?? "";
        }
    }

    /// <summary>A deep copy, so a test can change cells without touching the shared parsed seed.</summary>
    public SeedForm Clone() => new()
    {
        Title = Title,
        YearLine = YearLine,
        Rows = Rows.Select(r => r.ToList()).ToList(),
    };
}
