using System.CommandLine;
using System.Diagnostics;
using System.Text;
using PerfEval.Findings;
using PerfEval.Pipeline;
using PerfEval.Writers;
using PerfEval.Writers.Html;

namespace PerfEval.Cli;

/// <summary>`perfeval check PATH…`: every form of every file, every rule, one report.</summary>
public static class CheckCommand
{
    public static Command Create(Io io)
    {
        var paths = new Argument<string[]>("PATH") { Description = ".docx/.xlsx 文件或文件夹（递归）", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "输出格式：text（默认）、json、jsonl、html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl", "html");
        var output = CommonOptions.Output();
        var failOn = CommonOptions.FailOn();
        var config = CommonOptions.Config();
        var jobs = CommonOptions.Jobs();
        var quiet = CommonOptions.Quiet();
        var noProgress = CommonOptions.NoProgress();

        var cmd = new Command("check", "检查自评表：重算得分，报告每一处不一致");
        cmd.Arguments.Add(paths);
        foreach (var o in new Option[] { format, output, failOn, config, jobs, quiet, noProgress }) cmd.Options.Add(o);

        cmd.SetAction(r => Run(io,
            r.GetValue(paths)!, r.GetValue(format)!, r.GetValue(output), r.GetValue(failOn)!,
            r.GetValue(config), r.GetValue(jobs), r.GetValue(quiet)));
        return cmd;
    }

    static int Run(Io io, string[] paths, string format, string? output, string failOn, string? config, int jobs, bool quiet)
    {
        var settings = App.LoadSettings(config);
        var files = Inputs.Expand(paths);
        var checker = new Checker(settings.Profile, settings.Rules);
        var threshold = CommonOptions.Threshold(failOn);
        var clock = Stopwatch.StartNew();

        using var file = output is null ? null : OutputFile.Create(output, files);
        Stream? stream = file?.Stream ?? (format == "text" ? null : io.OpenStdout());
        TextWriter? text = format != "text" ? null
            : file is not null ? new StreamWriter(file.Stream, new UTF8Encoding(false), leaveOpen: true)
            : io.Out;
        bool color = file is null && io.IsConsole && Terminal.ColorOnStdout;

        bool failed = false;
        using (IReportWriter writer = format switch
        {
            "json" => new JsonReport(stream!),
            "jsonl" => new JsonLinesReport(stream!),
            "html" => new HtmlReport(stream!),
            _ => new TextReport(text!, color, quiet),
        })
        {
            foreach (var result in Ordered.Map(files, f => checker.Check(f), jobs))
            {
                writer.Write(result);
                if (threshold is { } t && result.AllFindings.Any(f => f.Severity >= t)) failed = true;
            }
            writer.Finish(clock.Elapsed);
        }
        if (text is not null && file is not null) text.Flush();
        if (stream is not null && file is null) stream.Flush();
        file?.Commit();
        return failed ? App.Findings : App.Ok;
    }
}
