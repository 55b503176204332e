using System.CommandLine;
using System.Diagnostics;
using System.Text;
using PerfEval.Findings;
using PerfEval.Pipeline;
using PerfEval.Writers;
using PerfEval.Writers.Csv;
using PerfEval.Writers.Html;

namespace PerfEval.Cli;

/// <summary>`perfeval check PATH…`: every form of every file, every rule, one report.</summary>
public static class CheckCommand
{
    public static readonly string[] Formats = { "text", "json", "jsonl", "csv", "html", "sarif", "github", "gitlab" };

    /// <summary>The formats written as text, where --encoding applies; the others are UTF-8 by their specifications.</summary>
    static bool IsTextual(string format) => format is "text" or "csv" or "github";

    public static Command Create(Io io)
    {
        var inputs = new InputOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "输出格式：text（默认）、json、jsonl、csv、html、sarif（SARIF 2.1.0）、github（GitHub Actions 注释）、gitlab（GitLab Code Quality）",
            DefaultValueFactory = _ => "text",
        };
        format.OneOf(Formats);
        var output = CommonOptions.Output("把报告写入文件（默认标准输出）");
        var encoding = new Option<string?>("--encoding") { Description = "报告文件的编码（text、csv、github 格式）：utf-8（text 默认）、utf-8-bom（csv 默认）、gbk" };
        encoding.OneOf(CsvEncodings.Names);
        var failOn = CommonOptions.FailOn();
        var config = CommonOptions.Config();
        var jobs = CommonOptions.Jobs();
        var quiet = CommonOptions.Quiet();
        var noProgress = CommonOptions.NoProgress();
        var statistics = new Option<bool>("--statistics") { Description = "报告之后按规则统计问题数（多者在前）；text 格式写入报告，其他格式写到标准错误" };
        var shard = Shard.Option();
        var select = new Option<string?>("--select") { HelpName = "CODES", Description = "本次只报告这些规则（逗号分隔的代码或前缀，如 PE2,PE304）" };
        var ignore = new Option<string?>("--ignore") { HelpName = "CODES", Description = "本次不报告这些规则（逗号分隔的代码或前缀）" };
        var baseline = new Option<string?>("--baseline") { HelpName = "FILE", Description = "基线文件：其中已记录的问题不再报告，只报告新问题" };
        var writeBaseline = new Option<string?>("--write-baseline") { HelpName = "FILE", Description = "把本次的全部问题写入基线文件后退出（退出码 0），不输出报告" };

        var cmd = new Command("check", "检查自评表：重算得分，报告每一处不一致");
        inputs.AddTo(cmd);
        foreach (var o in new Option[] { format, output, encoding, failOn, config, jobs, quiet, noProgress, statistics, shard, select, ignore, baseline, writeBaseline })
            cmd.Options.Add(o);

        cmd.SetAction(r => Run(io, new Request(
            inputs.Read(r), r.GetValue(format)!, r.GetValue(output), r.GetValue(encoding), r.GetValue(failOn)!,
            r.GetValue(config), r.GetValue(jobs), r.GetValue(quiet), r.GetValue(noProgress), r.GetValue(statistics),
            r.GetValue(shard), r.GetValue(select), r.GetValue(ignore), r.GetValue(baseline), r.GetValue(writeBaseline))));
        return cmd;
    }

    sealed record Request(InputOptions.Request Inputs, string Format, string? Output, string? Encoding, string FailOn,
        string? Config, int Jobs, bool Quiet, bool NoProgress, bool Statistics, string? Shard,
        string? Select, string? Ignore, string? Baseline, string? WriteBaseline);

    static int Run(Io io, Request q)
    {
        var selection = new RuleSelection(q.Select, q.Ignore);
        if (q.Encoding is not null && !IsTextual(q.Format))
            throw new UsageException($"--encoding 只用于 text、csv、github 格式；{q.Format} 总是 UTF-8");
        if (q.Encoding is not null && q.Output is null)
            throw new UsageException("--encoding 只用于 -o/--output 写出的报告文件；屏幕输出按控制台的编码");
        if (q.WriteBaseline is not null && q.Baseline is not null && q.Baseline == q.WriteBaseline)
            throw new UsageException("--baseline 和 --write-baseline 不能是同一个文件");
        var settings = App.LoadSettings(q.Config);
        var known = q.Baseline is null ? null : Baseline.Load(q.Baseline);
        var (files, inputs) = Batch.Select(io, q.Inputs, q.Shard);
        var checker = new Checker(settings.Profile, settings.Rules);
        var clock = Stopwatch.StartNew();

        if (q.WriteBaseline is not null) return WriteBaseline(io, q, files, inputs, checker, settings, selection);

        var threshold = CommonOptions.Threshold(q.FailOn);
        using var file = q.Output is null ? null : OutputFile.Create(q.Output, inputs);
        bool textual = IsTextual(q.Format);
        Stream? stream = file?.Stream ?? (textual ? null : io.OpenStdout());
        // A CSV file gets the byte-order mark Excel needs unless told otherwise; stdout never does, it would break pipes.
        var fileEncoding = CsvEncodings.Find(q.Encoding ?? (q.Format == "csv" ? "utf-8-bom" : "utf-8"))!;
        TextWriter? text = !textual ? null
            : file is not null ? new StreamWriter(file.Stream, fileEncoding, leaveOpen: true)
            : io.Out;
        bool color = file is null && io.IsConsole && Terminal.ColorOnStdout;

        var progress = Progress.Create(io, files.Count, wanted: !q.NoProgress && !q.Quiet, reportOnStdout: file is null);
        var totals = new RunTotals();
        var stats = new Statistics();
        bool failed = false;
        using (IReportWriter writer = q.Format switch
        {
            "json" => new JsonReport(stream!),
            "jsonl" => new JsonLinesReport(stream!),
            "csv" => new FindingsCsv(text!),
            "html" => new HtmlReport(stream!),
            "sarif" => new SarifReport(stream!, SarifReport.DocsBase(Environment.GetEnvironmentVariable)),
            "gitlab" => new GitLabCodeQuality(stream!),
            "github" => new GitHubAnnotations(text!),
            _ => new TextReport(text!, color, q.Quiet),
        })
        {
            foreach (var checkedFile in Batch.Run(files, checker, settings.Rules, q.Jobs, progress))
            {
                var result = selection.Apply(checkedFile);
                if (known is not null) result = known.Apply(result);
                totals.Add(result);
                stats.Add(result);
                writer.Write(result);
                if (threshold is { } t && result.AllFindings.Any(f => f.Severity >= t)) failed = true;
            }
            writer.Finish(clock.Elapsed);
        }
        if (q.Statistics && q.Format == "text") { text!.WriteLine(); stats.WriteTo(text); }
        else if (q.Statistics) stats.WriteTo(io.Err);
        if (known is not null && !q.Quiet)
        {
            var line = $"基线 {q.Baseline} 中已有的 {known.Suppressed} 个问题未报告";
            if (q.Format == "text") text!.WriteLine(line);
            else if (Batch.StderrIsPeople(io)) io.Err.WriteLine(line);
        }
        if (q.Format != "text" && !q.Quiet && Batch.StderrIsPeople(io)) io.Err.WriteLine(totals.ClosingLine(clock.Elapsed));
        if (text is not null && file is not null) text.Flush();
        if (stream is not null && file is null) stream.Flush();
        file?.Commit();
        return failed ? App.Findings : App.Ok;
    }

    /// <summary>`--write-baseline FILE`: every finding of this run (after --select/--ignore) accepted; exit 0.</summary>
    static int WriteBaseline(Io io, Request q, IReadOnlyList<string> files, IReadOnlyList<string> inputs, Checker checker,
        Config.Settings settings, RuleSelection selection)
    {
        var writer = new Baseline.Writer(q.WriteBaseline!);
        var progress = Progress.Create(io, files.Count, wanted: !q.NoProgress && !q.Quiet, reportOnStdout: false);
        foreach (var checkedFile in Batch.Run(files, checker, settings.Rules, q.Jobs, progress))
        {
            writer.Add(selection.Apply(checkedFile));
        }
        writer.Write(inputs);
        if (!q.Quiet) io.Err.WriteLine($"基线已写入 {q.WriteBaseline}：{files.Count} 个文件，{writer.Count} 个问题");
        return App.Ok;
    }
}
