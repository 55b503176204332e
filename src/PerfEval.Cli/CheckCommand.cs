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
    public static Command Create(Io io)
    {
        var paths = new Argument<string[]>("PATH") { Description = ".docx/.xlsx 文件或文件夹（递归）", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认）、json、jsonl、csv、html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl", "csv", "html");
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        var config = CommonOptions.Config();
        var jobs = CommonOptions.Jobs();
        var quiet = CommonOptions.Quiet();
        var noProgress = CommonOptions.NoProgress();
        var statistics = new Option<bool>("--statistics") { Description = "报告之后按规则统计问题数（多者在前）；text 格式写入报告，其他格式写到标准错误" };
        var shard = Shard.Option();
        var force = CommonOptions.Force();

        var cmd = new Command("check", "检查自评表：重算得分，报告每一处不一致");
        cmd.Arguments.Add(paths);
        foreach (var o in new Option[] { format, output, failOn, config, jobs, quiet, noProgress, statistics, shard, force }) cmd.Options.Add(o);

        cmd.SetAction(r => Run(io,
            r.GetValue(paths)!, r.GetValue(format)!, r.GetValue(output), r.GetValue(failOn)!,
            r.GetValue(config), r.GetValue(jobs), r.GetValue(quiet),
            r.GetValue(noProgress), r.GetValue(statistics), r.GetValue(shard), r.GetValue(force)));
        return cmd;
    }

    static int Run(Io io, string[] paths, string format, string? output, string failOn, string? config, int jobs, bool quiet,
        bool noProgress, bool statistics, string? shard, bool force)
    {
        var settings = App.LoadSettings(config);
        var (files, inputs) = Batch.Select(paths, shard);
        var checker = new Checker(settings.Profile, settings.Rules);
        var threshold = CommonOptions.Threshold(failOn);
        var clock = Stopwatch.StartNew();

        using var file = output is null ? null : OutputFile.Create(output, inputs, force);
        bool textual = format is "text" or "csv";
        Stream? stream = file?.Stream ?? (textual ? null : io.OpenStdout());
        // A CSV file gets the byte-order mark Excel needs; stdout never does, it would break pipes.
        TextWriter? text = !textual ? null
            : file is not null ? new StreamWriter(file.Stream, new UTF8Encoding(format == "csv"), leaveOpen: true)
            : io.Out;
        bool color = file is null && io.IsConsole && Terminal.ColorOnStdout;

        var progress = Progress.Create(io, files.Count, wanted: !noProgress && !quiet, reportOnStdout: file is null);
        var totals = new RunTotals();
        var stats = new Statistics();
        bool failed = false;
        using (IReportWriter writer = format switch
        {
            "json" => new JsonReport(stream!),
            "jsonl" => new JsonLinesReport(stream!),
            "csv" => new FindingsCsv(text!),
            "html" => new HtmlReport(stream!, buffer: TempFiles.OpenScratch(
                file is null ? Path.GetTempPath() : Path.GetDirectoryName(file.FinalPath)!, output ?? "标准输出")),
            _ => new TextReport(text!, color, quiet),
        })
        {
            foreach (var result in Batch.Run(files, checker, settings.Rules, jobs, progress))
            {
                totals.Add(result);
                stats.Add(result);
                writer.Write(result);
                if (threshold is { } t && result.AllFindings.Any(f => f.Severity >= t)) failed = true;
            }
            writer.Finish(clock.Elapsed);
        }
        if (statistics && format == "text") { text!.WriteLine(); stats.WriteTo(text); }
        else if (statistics) stats.WriteTo(io.Err);
        if (format != "text" && !quiet && Batch.StderrIsPeople(io)) io.Err.WriteLine(Batch.ClosingLine(totals, clock.Elapsed));
        if (text is not null && file is not null) text.Flush();
        if (stream is not null && file is null) stream.Flush();
        file?.Commit();
        return failed ? App.Findings : App.Ok;
    }
}
