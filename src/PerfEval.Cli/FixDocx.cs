using PerfEval.Findings;
using PerfEval.Pipeline;
using PerfEval.Writers.Docx;

namespace PerfEval.Cli;

/// <summary>
/// `perfeval fix --docx`: for each .docx input, DIR/X.corrected.docx — the
/// submitter's own document with every correction as a tracked change and
/// every finding as a comment (docs/fix-docx.md).
/// </summary>
public static class FixDocx
{
    public const string Suffix = ".corrected.docx";

    /// <summary>
    /// Writes the corrected copies and returns the exit code: 1 when a finding at or
    /// above <paramref name="failOn"/> (null: never) remains in the inputs or an input
    /// could not be corrected, else 0. A folder or file that cannot be written is a
    /// UsageException (exit 2).
    /// </summary>
    public static int Run(Io io, IReadOnlyList<string> inputs, string outDir, Checker checker,
        DateTime? date = null, Severity? failOn = Severity.Error, bool quiet = false)
    {
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法创建输出文件夹 {outDir}：{ex.Message}");
        }
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var corrector = new DocxCorrector(date);
        bool failed = false;

        foreach (var input in inputs)
        {
            if (!string.Equals(Path.GetExtension(input), ".docx", StringComparison.OrdinalIgnoreCase))
            {
                io.Err.WriteLine($"perfeval: 跳过 {input}：--docx 只为 .docx 文件写修订稿");
                continue;
            }
            var result = checker.Check(input);
            if (failOn is { } t && result.AllFindings.Any(f => f.Severity >= t)) failed = true;
            if (result.Forms.Count == 0)
            {
                var why = result.Findings.FirstOrDefault();
                io.Err.WriteLine($"perfeval: {input}：{(why is null ? "" : why.Rule + " " + why.Message)}，未写修订稿");
                failed = true;
                continue;
            }

            var output = OutputName(outDir, input, used);
            DocxCorrection done;
            using (var file = OutputFile.Create(output, inputs))
            {
                try
                {
                    done = corrector.Write(input, result, file.Stream);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"无法写入 {output}：{ex.Message}");
                }
                catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException)
                {
                    io.Err.WriteLine($"perfeval: {input}：无法写修订稿（{ex.Message}）");
                    failed = true;
                    continue;
                }
                file.Commit();
            }
            if (!quiet)
                io.Out.WriteLine($"{input} → {output}：修订 {done.Changed} 处，批注 {done.Comments} 条");
            foreach (var f in done.Unplaced)
                io.Err.WriteLine($"perfeval: {input}：{f.Rule} 找不到所在单元格，未加批注：{f.Message}");
        }
        return failed ? App.Findings : App.Ok;
    }

    /// <summary>DIR/X.corrected.docx; a second input named X (from another folder) gets "X (2).corrected.docx", as fix names workbooks (CorrectedNames).</summary>
    static string OutputName(string outDir, string input, HashSet<string> used)
    {
        var stem = Path.GetFileNameWithoutExtension(input);
        var name = stem + Suffix;
        for (int k = 2; !used.Add(name); k++) name = $"{stem} ({k}){Suffix}";
        return Path.Combine(outDir, name);
    }
}
