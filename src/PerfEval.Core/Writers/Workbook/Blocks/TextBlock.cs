using N = PerfEval.Writers.Workbook.TemplateNames;

namespace PerfEval.Writers.Workbook.Blocks;

/// <summary>The form's texts: header fields, the year line, the goals and the analysis, as stated.</summary>
internal static class TextBlock
{
    public static void Header(FormContext c)
    {
        var form = c.Form;
        c.Field(N.Project, form.Project);
        c.Field(N.Department, form.Department);
        c.Field(N.Implementer, form.Implementer);
        if (c.At(N.Year) is { } year && form.Year is { } y)
        {
            c.Sheet.Text(year, YearLine.Fill(c.T.YearText, y));
            c.Changes.Moved(form.YearRef, year);
        }
    }

    public static void Goals(FormContext c)
    {
        c.Field(N.GoalExpected, c.Form.GoalExpected);
        c.Field(N.GoalActual, c.Form.GoalActual);
    }

    public static void Analysis(FormContext c)
    {
        foreach (var label in N.Analysis)
            if (c.Form.Analysis.TryGetValue(label, out var text)) c.Field(label, text);
    }
}
