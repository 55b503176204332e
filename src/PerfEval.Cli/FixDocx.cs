using PerfEval.Findings;
using PerfEval.Pipeline;
using PerfEval.Writers;
using PerfEval.Writers.Docx;
using PerfEval.Writers.Workbook;

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
        DateTime? date = null, Severity? failOn = Severity.Error, bool quiet = false, bool force = false)
    {
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("无法创建输出文件夹 " + ErrorText.Describe(ex, outDir));
        }
        var corrector = new DocxCorrector(date);
        bool failed = false, unwritable = false;
        var docx = inputs.Where(IsDocx).ToList();
        var names = CorrectedNames.For(docx, outDir, Suffix, force);

        int next = 0;
        foreach (var input in inputs)
        {
            if (!IsDocx(input))
            {
                io.Err.WriteLine($"perfeval: 跳过 {input}：--docx 只为 .docx 文件写修订稿");
                continue;
            }
            var output = names[next++];
            // One file that cannot be corrected (a defect of ours, a package the SDK refuses) never stops the rest.
            try
            {
                switch (Correct(io, input, output, inputs, checker, corrector, failOn, quiet, force))
                {
                    case Result.Failed: failed = true; break;
                    case Result.Unwritable: unwritable = true; break;
                }
            }
            catch (UsageException ex)
            {
                io.Err.WriteLine($"perfeval: {ex.Message}");
                unwritable = true;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                io.Err.WriteLine($"perfeval: {input}：无法写修订稿（{ex.GetType().Name}: {ex.Message}），其余文件照常处理");
                failed = true;
            }
        }
        return unwritable ? App.Usage : failed ? App.Findings : App.Ok;
    }

    enum Result { Done, Failed, Unwritable }

    static Result Correct(Io io, string input, string output, IReadOnlyList<string> inputs, Checker checker, DocxCorrector corrector,
        Severity? failOn, bool quiet, bool force)
    {
        var result = checker.Check(input);
        bool failed = failOn is { } t && result.AllFindings.Any(f => f.Severity >= t);
        if (result.Forms.Count == 0)
        {
            var why = result.Findings.FirstOrDefault();
            io.Err.WriteLine($"perfeval: {input}：{(why is null ? "" : why.Rule + " " + why.Message)}，未写修订稿");
            return Result.Failed;
        }
        if (FixCommand.TooManyForms(input, result) is { } many)
        {
            io.Err.WriteLine($"perfeval: {many}");
            return Result.Failed;
        }
        if (TooBigToEdit(input) is { } tooBig)
        {
            io.Err.WriteLine($"perfeval: {input}：{tooBig}，未写修订稿");
            return Result.Failed;
        }

        DocxCorrection done;
        using (var file = OutputFile.Create(output, inputs, force))
        {
            try
            {
                done = corrector.Write(input, result, file.Stream);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                io.Err.WriteLine("perfeval: 无法写入 " + ErrorText.Describe(ex, output));
                return Result.Unwritable;
            }
            file.Commit();
        }
        if (!quiet)
            io.Out.WriteLine(TerminalText.Escape($"{input} → {output}：修订 {done.Changed} 处，批注 {done.Comments} 条") + NameNote(input, output, Suffix));
        foreach (var f in done.Unplaced)
            io.Err.WriteLine($"perfeval: {input}：{f.Rule} 找不到所在单元格，未加批注：{f.Message}");
        return failed ? Result.Failed : Result.Done;
    }

    /// <summary>Why the corrector must not load this file: an XML part past ReaderLimits.DefaultMaxEditedPartBytes.</summary>
    static string? TooBigToEdit(string input)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(input);
        const long max = Readers.ReaderLimits.DefaultMaxEditedPartBytes;
        foreach (var entry in zip.Entries)
            if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && entry.Length > max)
                return $"其中 {entry.FullName} 解压后 {entry.Length / (1024 * 1024)} MiB，超过修订稿一次载入的上限 {max / (1024 * 1024)} MiB（check 仍可检查此文件）";
        return null;
    }

    static bool IsDocx(string input) => string.Equals(Path.GetExtension(input), ".docx", StringComparison.OrdinalIgnoreCase);

    /// <summary>When the preferred name was taken (by a user's file or another input), the report says so.</summary>
    public static string NameNote(string input, string? written, string suffix)
    {
        if (written is null) return "";
        var preferred = CorrectedNames.Preferred(input, suffix);
        return string.Equals(Path.GetFileName(written), preferred, StringComparison.Ordinal)
            ? ""
            : TerminalText.Escape($"（{preferred} 已被占用，未覆盖，另存为 {Path.GetFileName(written)}）");
    }
}
