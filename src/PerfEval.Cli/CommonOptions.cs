using System.CommandLine;
using PerfEval.Findings;

namespace PerfEval.Cli;

/// <summary>Options several commands share (cli.md, "Common options").</summary>
public static class CommonOptions
{
    public static Option<string?> Config() => new("--config") { Description = "配置文件（默认使用当前目录下的 perfeval.json）" };

    public static Option<string?> Output() => new("--output", "-o") { Description = "写入文件（默认标准输出）" };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "并行处理的文件数（默认：处理器核数）",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs 必须是正整数"); } },
    };

    /// <summary>--force: replace an existing output file (perfeval never overwrites a file the run did not create otherwise).</summary>
    public static Option<bool> Force() => new("--force") { Description = "输出文件已存在时覆盖（默认不覆盖，更正稿另取不重名的文件名）" };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "只输出有问题的文件和表，不输出结尾统计" };

    public static Option<bool> NoProgress() => new("--no-progress") { Description = "不显示进度条" };

    public static Option<string> FailOn()
    {
        var o = new Option<string>("--fail-on")
        {
            Description = "达到该级别的问题时退出码为 1：error（默认）、warning、info、never",
            DefaultValueFactory = _ => "error",
        };
        o.AcceptOnlyFromAmong("error", "warning", "info", "never");
        return o;
    }

    /// <summary>The lowest severity that fails the run, or null for never.</summary>
    public static Severity? Threshold(string failOn) => failOn switch
    {
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "never" => null,
        _ => Severity.Error,
    };
}
