using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PerfEval.Findings;

namespace PerfEval.Cli;

/// <summary>
/// Options several commands share (docs/cli.md, "Options"). One convention:
/// `-o/--output FILE` for every single output file, `--out-dir DIR` for a
/// folder; spellings of older versions stay accepted as hidden aliases.
/// </summary>
public static class CommonOptions
{
    public const int MaxJobs = 256;

    public static Option<string?> Config() => new("--config") { HelpName = "FILE", Description = "配置文件（默认使用当前目录下的 perfeval.json）" };

    public static Option<string?> Output(string description = "写入文件（默认标准输出）") => new("--output", "-o") { HelpName = "FILE", Description = description };

    /// <summary>`--out`, the spelling summary and template used before 0.2: accepted, not shown in help.</summary>
    public static Option<string?> OldOut() => new("--out") { Hidden = true };

    /// <summary>-o/--output, or the hidden --out; both given is a usage error.</summary>
    public static string? OutputOf(ParseResult r, Option<string?> output, Option<string?> oldOut)
    {
        var a = r.GetValue(output);
        var b = r.GetValue(oldOut);
        if (a is not null && b is not null && a != b) throw new UsageException("-o/--output 只能给一次（--out 是它的旧写法）");
        return a ?? b;
    }

    /// <summary>A command that needs -o/--output: a validator naming the option in Chinese.</summary>
    public static void RequireOutput(Command cmd, Option<string?> output, Option<string?> oldOut, string what) =>
        cmd.Validators.Add(r =>
        {
            if (r.GetResult(output) is null && r.GetResult(oldOut) is null) r.AddError($"缺少 -o/--output FILE（{what}）");
        });

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        HelpName = "N",
        Description = $"并行处理的文件数，1 到 {MaxJobs}（默认：处理器核数）",
        DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, MaxJobs),
        CustomParser = ParseJobs,
    };

    static int ParseJobs(ArgumentResult r)
    {
        var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Join(" ", r.Tokens.Select(t => t.Value));
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxJobs) return n;
        r.AddError($"-j/--jobs 的值 {text} 无效：应为 1 到 {MaxJobs} 之间的整数");
        return 1;
    }

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "只输出有问题的文件和表，不输出进度和结尾统计" };

    public static Option<bool> NoProgress() => new("--no-progress") { Description = "不显示进度条" };

    public static Option<string> FailOn()
    {
        var o = new Option<string>("--fail-on")
        {
            Description = "达到该级别的问题时退出码为 1：error（默认）、warning、info、never",
            DefaultValueFactory = _ => "error",
        };
        return o.OneOf("error", "warning", "info", "never");
    }

    /// <summary>
    /// Only these values, with a one-line Chinese message naming the option
    /// and the choices (System.CommandLine's own lists them tab-separated).
    /// </summary>
    public static T OneOf<T>(this T option, params string[] values) where T : Option
    {
        option.HelpName = string.Join("|", values);
        option.Validators.Add(r =>
        {
            foreach (var t in r.Tokens)
                if (!values.Contains(t.Value, StringComparer.Ordinal))
                    r.AddError($"{option.Name} 的值 {t.Value} 无效：应为 {string.Join("、", values)} 之一");
        });
        return option;
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
