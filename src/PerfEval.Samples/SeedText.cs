namespace PerfEval.Samples;

/// <summary>
/// Reads the seed's text export: a cell starts with a tab, a blank line followed by a tab-line starts
/// a new row, a line without a tab continues the previous cell.
/// </summary>
public static class SeedText
{
    public const string SolutionFile = "PerfEvalCli.sln";
    public const string SeedPath = "samples/source/附件1.txt";

    public static IReadOnlyList<SeedForm> LoadDefault() =>
        Parse(File.ReadAllText(Path.Combine(FindRepoRoot(), SeedPath)));

    /// <summary>The nearest directory holding PerfEvalCli.sln, from the working directory or else the binaries' directory.</summary>
    public static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                    return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No {SolutionFile} above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}.");
    }

    public static IReadOnlyList<SeedForm> Parse(string text)
    {
        var forms = new List<SeedForm>();
        SeedForm? form = null;
        var rows = ReadRows(text);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (RowLabels.IsTitle(row))
            {
                form = new SeedForm { Title = row[0] };
                forms.Add(form);
                if (i + 1 < rows.Count && RowLabels.IsYearLine(rows[i + 1]))
                    form.YearLine = rows[++i][0];
                continue;
            }
            if (form == null)
            {
                form = new SeedForm();
                forms.Add(form);
            }
            form.Rows.Add(row);
        }
        foreach (var f in forms)
        {
            Rejoin(f.Rows);
            Pad(f.Rows);
        }
        return forms;
    }

    private static List<List<string>> ReadRows(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var rows = new List<List<string>>();
        List<string>? row = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('\t'))
            {
                if (row == null || lines[i - 1].Length == 0)
                {
                    row = new List<string>();
                    rows.Add(row);
                }
                row.Add(line[1..]);
            }
            else if (row != null)
            {
                row[^1] += "\n" + line;
            }
            // Lines before the first table row (`附件1`) are the document's heading, not part of any form.
        }
        // The blank line that ends a row, and empty paragraphs at the end of a cell, are not cell text.
        foreach (var r in rows)
            for (var c = 0; c < r.Count; c++)
                r[c] = r[c].TrimEnd('\n');
        return rows;
    }

    // A cell holding a blank line makes its row read as two: glue the fragment back when it completes the row.
    private static void Rejoin(List<List<string>> rows)
    {
        var kinds = RowLabels.Classify(rows);
        for (var i = rows.Count - 2; i >= 0; i--)
        {
            var fragment = kinds[i + 1] is RowKind.Other or RowKind.Indicator;
            if (kinds[i] == RowKind.Indicator && fragment && rows[i].Count < 9 && rows[i].Count + rows[i + 1].Count == 9)
            {
                rows[i].AddRange(rows[i + 1]);
                rows.RemoveAt(i + 1);
            }
        }
    }

    private static void Pad(List<List<string>> rows)
    {
        var kinds = RowLabels.Classify(rows);
        for (var i = 0; i < rows.Count; i++)
        {
            var want = FormLayout.CellCount(kinds[i]);
            while (want > 0 && rows[i].Count < want)
                rows[i].Add("");
        }
    }
}
