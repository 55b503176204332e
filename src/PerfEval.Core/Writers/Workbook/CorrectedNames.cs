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

    /// <summary>
    /// DIR/X.corrected.xlsx (or <paramref name="suffix"/>) per input; a name already given to another
    /// input, naming an input, or — without <paramref name="force"/> — taken by a file already in DIR gets
    /// the next free one, X (2).corrected.xlsx: perfeval never overwrites a file the run did not create.
    /// One rule for `fix` and `fix --docx`.
    /// </summary>
    public static IReadOnlyList<string> For(IReadOnlyList<string> inputs, string outDir, string suffix = Suffix, bool force = false)
    {
        var inputPaths = new HashSet<string>(inputs.Select(Path.GetFullPath), StringComparer.OrdinalIgnoreCase);
        // Case-insensitive: on Windows and macOS X.corrected.xlsx and x.corrected.xlsx are one file.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(inputs.Count);
        foreach (var input in inputs)
        {
            var stem = Path.GetFileNameWithoutExtension(input);
            string path = Path.Combine(outDir, stem + suffix);
            for (int n = 2; inputPaths.Contains(Path.GetFullPath(path)) || (!force && Exists(path)) || !taken.Add(Path.GetFullPath(path)); n++)
                path = Path.Combine(outDir, $"{stem} ({n}){suffix}");
            names.Add(path);
        }
        return names;
    }

    /// <summary>Whether a name is taken: by a file, a folder, or a link (even one pointing nowhere).</summary>
    static bool Exists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>The name an input gets when nothing is in the way, to say when another was chosen.</summary>
    public static string Preferred(string input, string suffix = Suffix) => Path.GetFileNameWithoutExtension(input) + suffix;
}
