using System.CommandLine;
using PerfEval.Findings;
using PerfEval.Rules;

namespace PerfEval.Cli;

/// <summary>`perfeval rules [CODE]`: the catalog, or one rule's documentation page.</summary>
public static class RulesCommand
{
    public static Command Create(Io io)
    {
        var code = new Argument<string?>("CODE") { Description = "规则代码，如 PE104", Arity = ArgumentArity.ZeroOrOne };
        var config = CommonOptions.Config();
        var cmd = new Command("rules", "列出全部规则；给出代码时显示该规则的说明");
        cmd.Arguments.Add(code);
        cmd.Options.Add(config);
        cmd.SetAction(r => Run(io, r.GetValue(code), r.GetValue(config)));
        return cmd;
    }

    static int Run(Io io, string? code, string? config)
    {
        if (code is not null)
        {
            var doc = RuleCatalog.Documentation(code) ?? throw new UsageException($"没有规则 {code}（perfeval rules 列出全部规则）");
            io.Out.Write(doc);
            if (!doc.EndsWith('\n')) io.Out.WriteLine();
            return App.Ok;
        }
        var settings = App.LoadSettings(config);
        foreach (var rule in RuleCatalog.All)
        {
            var severity = settings.Rules.SeverityOf(rule)?.Name() ?? "off";
            io.Out.WriteLine($"{rule.Code}  {severity,-7}  {rule.ShortName,-28}  {rule.Summary}");
        }
        return App.Ok;
    }
}
