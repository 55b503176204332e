using System.CommandLine;
using System.Diagnostics;
using PerfEval.Pipeline;
using PerfEval.Writers;
using PerfEval.Writers.Csv;
using PerfEval.Model;

namespace PerfEval.Cli;

/// <summary>
/// `perfeval summary PATH… -o FILE.csv [--indicators FILE.csv]`: one CSV row
/// per form (or per 主管部门 with --by department) and optionally one per indicator.
/// </summary>
public static class SummaryCommand
{
    public static Command Create(Io io)
    {
        var inputs = new InputOptions();
        var outPath = CommonOptions.Output("汇总 CSV 文件（每张表一行；必填）");
        var oldOut = CommonOptions.OldOut();
        var indicators = new Option<string?>("--indicators") { HelpName = "FILE", Description = "另写一个 CSV，每个绩效指标一行" };
        var by = new Option<string>("--by") { Description = "form（默认）：每张表一行；department：每个主管部门一行", DefaultValueFactory = _ => "form" };
        by.OneOf("form", "department");
        var header = new Option<string>("--header") { Description = "表头：zh（默认，中文）或 en（英文，供脚本使用）", DefaultValueFactory = _ => "zh" };
        header.OneOf("zh", "en");
        var encoding = new Option<string>("--encoding") { Description = "utf-8-bom（默认，Excel 可直接打开）、utf-8（无 BOM）、gbk", DefaultValueFactory = _ => "utf-8-bom" };
        encoding.OneOf(CsvEncodings.Names);
        var config = CommonOptions.Config();
        var jobs = CommonOptions.Jobs();
        var quiet = CommonOptions.Quiet();
        var noProgress = CommonOptions.NoProgress();
        var shard = Shard.Option();

        var cmd = new Command("summary", "把每张表的金额、得分、重算总分和等级写成 CSV（可在 Excel 中打开）");
        inputs.AddTo(cmd);
        CommonOptions.RequireOutput(cmd, outPath, oldOut, "汇总 CSV 文件");
        foreach (var o in new Option[] { outPath, oldOut, indicators, by, header, encoding, config, jobs, quiet, noProgress, shard }) cmd.Options.Add(o);
        cmd.SetAction(r => Run(io, new Request(
            inputs.Read(r), CommonOptions.OutputOf(r, outPath, oldOut)!, r.GetValue(indicators), r.GetValue(by) == "department",
            r.GetValue(header) == "en" ? CsvHeader.En : CsvHeader.Zh, r.GetValue(encoding)!,
            r.GetValue(config), r.GetValue(jobs), r.GetValue(quiet), r.GetValue(noProgress), r.GetValue(shard))));
        return cmd;
    }

    sealed record Request(InputOptions.Request Inputs, string Out, string? Indicators, bool ByDepartment, CsvHeader Header, string Encoding,
        string? Config, int Jobs, bool Quiet, bool NoProgress, string? Shard);

    static int Run(Io io, Request q)
    {
        var settings = App.LoadSettings(q.Config);
        var (files, inputs) = Batch.Select(io, q.Inputs, q.Shard);
        var encoding = CsvEncodings.Find(q.Encoding) ?? throw new UsageException($"--encoding {q.Encoding} 无效");
        if (q.Indicators is not null && RealPath.Same(RealPath.Of(q.Indicators), RealPath.Of(q.Out)))
            throw new UsageException("-o/--output 和 --indicators 不能是同一个文件");
        var checker = new Checker(settings.Profile, settings.Rules);
        var clock = Stopwatch.StartNew();

        using var formsFile = OutputFile.Create(q.Out, inputs);
        using var indicatorsFile = q.Indicators is null ? null : OutputFile.Create(q.Indicators, inputs);
        var formsText = new StreamWriter(formsFile.Stream, encoding, leaveOpen: true);
        var indicatorsText = indicatorsFile is null ? null : new StreamWriter(indicatorsFile.Stream, encoding, leaveOpen: true);

        var progress = Progress.Create(io, files.Count, wanted: !q.NoProgress && !q.Quiet, reportOnStdout: false);
        var totals = new RunTotals();
        var rollup = new DepartmentRollup();
        var skipped = new List<FileResult>();
        using (var forms = q.ByDepartment ? null : new FormsCsv(formsText, q.Header))
        using (var inds = indicatorsText is null ? null : new IndicatorsCsv(indicatorsText, q.Header))
        {
            foreach (var result in Batch.Run(files, checker, settings.Rules, q.Jobs, progress))
            {
                totals.Add(result);
                if (result.Forms.Count == 0) skipped.Add(result);
                forms?.Write(result);
                inds?.Write(result);
                rollup.Add(result);
            }
        }
        if (q.ByDepartment) rollup.Write(formsText, q.Header);
        formsText.Flush();
        indicatorsText?.Flush();
        formsFile.Commit();
        indicatorsFile?.Commit();

        // A file without rows must not vanish silently from a summary: name it, and exit 1.
        foreach (var s in skipped)
        {
            var why = s.Findings.Count == 0 ? "文件中未找到项目支出绩效自评表" : string.Join("；", s.Findings.Select(f => $"{f.Rule} {f.Message}"));
            io.Err.WriteLine($"{s.Path}: {why}（未写入汇总）");
        }
        if (!q.Quiet && Batch.StderrIsPeople(io)) io.Err.WriteLine(totals.ClosingLine(clock.Elapsed) + $" → {q.Out}");
        return skipped.Count > 0 ? App.Findings : App.Ok;
    }
}
