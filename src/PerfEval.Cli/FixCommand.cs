using System.CommandLine;
using PerfEval.Findings;
using PerfEval.Pipeline;
using PerfEval.Writers;
using PerfEval.Writers.Workbook;
using PerfEval.Model;

namespace PerfEval.Cli;

/// <summary>`perfeval fix PATH… --out-dir DIR`: one corrected workbook per input (docs/fix.md).</summary>
public static class FixCommand
{
    public static Command Create(Io io)
    {
        var inputs = new InputOptions();
        var outDir = new Option<string?>("--out-dir") { HelpName = "DIR", Description = "写入更正后工作簿的文件夹（不存在时创建；必填）" };
        // -d, the spelling before 0.2: still accepted, not shown in help (one convention: --out-dir for folders).
        var oldOutDir = new Option<string?>("-d") { Hidden = true };
        var template = new Option<string?>("--template") { HelpName = "FILE", Description = "用自己的 .xlsx 模板（以定义名称标出各栏，见 docs/fix.md）" };
        var docx = new Option<bool>("--docx") { Description = "改为在报送单位自己的 .docx 中以修订和批注标出更正（见 docs/fix-docx.md）" };
        var failOn = CommonOptions.FailOn();
        var config = CommonOptions.Config();
        var jobs = CommonOptions.Jobs();
        var quiet = CommonOptions.Quiet();
        var noProgress = CommonOptions.NoProgress();
        var force = CommonOptions.Force();

        var cmd = new Command("fix", "为每个输入文件写一个更正后的工作簿：重算的数字为公式，改动处标色并批注原值");
        inputs.AddTo(cmd);
        foreach (var o in new Option[] { outDir, oldOutDir, template, docx, failOn, config, jobs, quiet, noProgress, force }) cmd.Options.Add(o);
        cmd.Validators.Add(r =>
        {
            if (r.GetResult(outDir) is null && r.GetResult(oldOutDir) is null) r.AddError("缺少 --out-dir DIR（写入更正稿的文件夹）");
        });
        string OutDir(ParseResult r)
        {
            string? a = r.GetValue(outDir), b = r.GetValue(oldOutDir);
            if (a is not null && b is not null && a != b) throw new UsageException("--out-dir 只能给一次（-d 是它的旧写法）");
            return a ?? b!;
        }
        cmd.SetAction(r => r.GetValue(docx)
            ? RunDocx(io, inputs.Read(r), OutDir(r), r.GetValue(template), r.GetValue(failOn)!, r.GetValue(config), r.GetValue(quiet), r.GetValue(force))
            : Run(io, inputs.Read(r), OutDir(r), r.GetValue(template), r.GetValue(failOn)!,
                r.GetValue(config), r.GetValue(jobs), r.GetValue(quiet), r.GetValue(noProgress), r.GetValue(force)));
        return cmd;
    }

    /// <param name="Error">The output could not be written (exit 2).</param>
    /// <param name="Defect">perfeval failed on this file (exit 1, the batch goes on).</param>
    sealed record Outcome(FileResult Result, string? Written, string? Error, string? Defect = null);

    static int Run(Io io, InputOptions.Request paths, string outDir, string? templatePath, string failOn, string? config, int jobs, bool quiet, bool noProgress, bool force)
    {
        var settings = App.LoadSettings(config);
        var files = WithoutEarlierOutputs(Batch.Expand(io, paths).Select(f => f.Path).ToList(), paths.Paths, outDir);
        // Said here in Chinese: the runtime's own "Could not find file" must not reach the user.
        if (templatePath is not null && !File.Exists(templatePath)) throw new UsageException($"模板文件不存在：{templatePath}");
        FormTemplate template;
        try { template = templatePath is null ? FormTemplate.BuiltIn() : FormTemplate.Load(templatePath); }
        catch (TemplateException ex) { throw new UsageException(ex.Message); }
        PrepareFolder(outDir);

        var outputs = CorrectedNames.For(files, outDir, force: force);
        var checker = new Checker(settings);
        var threshold = CommonOptions.Threshold(failOn);
        bool failed = false, unwritable = false;
        var progress = Progress.Create(io, files.Count, wanted: !noProgress && !quiet, reportOnStdout: true);
        try
        {
            foreach (var o in Ordered.Map(Enumerable.Range(0, files.Count).ToList(), i => Process(files[i], outputs[i], files, checker, settings, template, force), jobs))
            {
                if (progress is { SharesScreen: true }) progress.Hide();
                Report(io, o, threshold, quiet, ref failed, ref unwritable);
                progress?.Add(o.Result);
            }
        }
        finally
        {
            progress?.Hide();
        }
        return unwritable ? App.Usage : failed ? App.Findings : App.Ok;
    }

    /// <summary>`fix --docx`: tracked changes in the submitter's own Word file instead of a workbook.</summary>
    static int RunDocx(Io io, InputOptions.Request paths, string outDir, string? template, string failOn, string? config, bool quiet, bool force)
    {
        if (template is not null) throw new UsageException("--template 只用于工作簿；--docx 在原 Word 文件上修订，不用模板");
        var settings = App.LoadSettings(config);
        var files = WithoutEarlierOutputs(Batch.Expand(io, paths).Select(f => f.Path).ToList(), paths.Paths, outDir);
        if (File.Exists(outDir)) throw new UsageException($"无法写入输出文件夹 {outDir}：这是一个文件，不是文件夹");
        return FixDocx.Run(io, files, outDir, new Checker(settings),
            failOn: CommonOptions.Threshold(failOn), quiet: quiet, force: force);
    }

    static void Report(Io io, Outcome o, Severity? threshold, bool quiet, ref bool failed, ref bool unwritable)
    {
        var all = o.Result.AllFindings.ToList();
        if (threshold is { } t && all.Any(f => f.Severity >= t)) failed = true;
        foreach (var f in o.Result.Findings)
            io.Err.WriteLine($"{o.Result.Path}: {f.Rule} {f.Message}（未生成工作簿）");
        if (o.Defect is not null)
        {
            failed = true;
            io.Err.WriteLine($"perfeval: {o.Defect}");
        }
        if (o.Error is not null)
        {
            unwritable = true;
            io.Err.WriteLine($"perfeval: {o.Error}");
        }
        else if (o.Written is not null && !quiet)
        {
            int e = all.Count(f => f.Severity == Severity.Error), w = all.Count(f => f.Severity == Severity.Warning), n = all.Count(f => f.Severity == Severity.Info);
            io.Out.WriteLine(TerminalText.Escape($"{o.Result.Path} -> {o.Written}（{o.Result.Forms.Count} 张表；错误 {e}，警告 {w}，提示 {n}）")
                + FixDocx.NameNote(o.Result.Path, o.Written, CorrectedNames.Suffix));
        }
    }

    static Outcome Process(string input, string output, IReadOnlyList<string> inputs, Checker checker, Config.Settings settings, FormTemplate template, bool force)
    {
        var result = checker.Check(input);
        if (result.Forms.Count == 0) return new Outcome(result, null, null);
        if (TooManyForms(input, result) is { } why) return new Outcome(result, null, null, why);
        try
        {
            using var file = OutputFile.Create(output, inputs, force);
            CorrectedWorkbook.Write(result, template, r => settings.For(result.Path, r.Form.Department.Text).Profile, file.Stream);
            file.Commit();
            return new Outcome(result, output, null);
        }
        catch (UsageException ex)
        {
            return new Outcome(result, null, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Outcome(result, null, "无法写入 " + ErrorText.Describe(ex, output));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect of ours on one file must not stop the batch; it surfaces, named, on that file.
            return new Outcome(result, null, null, $"{input}: 生成更正工作簿时出错（{ex.GetType().Name}: {ex.Message}），请将此文件报告给 perfeval 维护者");
        }
    }

    /// <summary>
    /// Most forms one file may hold for `fix` and `fix --docx`. Since fix streams, a corrected file costs
    /// about 1.7 times checking it, linearly: measured (CPU, `dotnet build` output, loaded two-core machine)
    /// 1.9 s for 200 forms, 6.3 s and 195 MB for 1,000 (.xlsx), 8.1 s and 467 MB for 1,000 with --docx,
    /// 24 s and 537 MB for 4,000, the most a .docx fits in the work budget. So 1,000: a legitimate big file
    /// is corrected in seconds; past it the file is reported and skipped (check still checks it), and a
    /// 10,000-form file never gets this far, the work budget refuses it as it is read. See docs/security.md.
    /// </summary>
    public const int MaxFormsToFix = 1_000;

    public static string? TooManyForms(string input, FileResult result) => result.Forms.Count > MaxFormsToFix
        ? $"{input}: 含 {result.Forms.Count} 张表，超过更正稿每个文件 {MaxFormsToFix} 张的上限，未生成更正稿（check 仍可检查此文件）；请把表拆到多个文件"
        : null;

    /// <summary>
    /// A folder walk that meets DIR/*.corrected.xlsx has found this command's
    /// own earlier output (fix . --out-dir . run twice); only a file named on
    /// the command line is taken as an input then.
    /// </summary>
    static IReadOnlyList<string> WithoutEarlierOutputs(IReadOnlyList<string> files, string[] args, string outDir)
    {
        var dir = Path.GetFullPath(outDir);
        var named = args.Where(File.Exists).Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        return files.Where(f =>
        {
            var full = Path.GetFullPath(f);
            return named.Contains(full) || !f.EndsWith(CorrectedNames.Suffix, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(Path.GetDirectoryName(full), dir.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
        }).ToList();
    }

    /// <summary>Creates the folder and proves it writable before any work, so a bad --out-dir costs nothing.</summary>
    static void PrepareFolder(string dir)
    {
        if (File.Exists(dir)) throw new UsageException($"无法写入输出文件夹 {dir}：这是一个文件，不是文件夹");
        var probe = Path.Combine(dir, $".perfeval-probe.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(dir);
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException("无法写入输出文件夹 " + ErrorText.Describe(ex, dir));
        }
    }
}
