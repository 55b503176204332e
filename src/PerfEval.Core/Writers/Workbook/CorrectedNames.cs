namespace PerfEval.Writers.Workbook;

/// <summary>
/// Output names of `perfeval fix`: X.docx and X.xlsx become X.corrected.xlsx
/// in the output folder. Inputs that would share a name get X (2), X (3)… in
/// input order, so none is written over another, and no name is ever one of
/// the inputs.
/// </summary>
public static class CorrectedNames
{
    public const string Suffix = ".corrected.xlsx";

    public static IReadOnlyList<string> For(IReadOnlyList<string> inputs, string outDir)
    {
        var inputPaths = new HashSet<string>(inputs.Select(Path.GetFullPath), StringComparer.OrdinalIgnoreCase);
        // Case-insensitive: on Windows and macOS X.corrected.xlsx and x.corrected.xlsx are one file.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(inputs.Count);
        foreach (var input in inputs)
        {
            var stem = Path.GetFileNameWithoutExtension(input);
            string path = Path.Combine(outDir, stem + Suffix);
            for (int n = 2; inputPaths.Contains(Path.GetFullPath(path)) || !taken.Add(Path.GetFullPath(path)); n++)
                path = Path.Combine(outDir, $"{stem} ({n}){Suffix}");
            names.Add(path);
        }
        return names;
    }
}
