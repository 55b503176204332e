using System.Globalization;

namespace PerfEval.Cli;

/// <summary>
/// The language of help, usage and parse errors (System.CommandLine's own
/// texts; its zh-Hans resources ship with perfeval). `--lang zh|en` wins;
/// otherwise English only when the user's UI culture is English, Chinese for
/// every other culture and for the invariant one (LANG=C on servers and CI):
/// perfeval's own messages and findings are Chinese in any case.
/// </summary>
public static class Language
{
    public static readonly string[] Names = { "zh", "en" };

    /// <summary>The value of --lang among the arguments (before a `--`), or null when absent.</summary>
    public static string? FromArgs(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--") break;
            if (args[i] == "--lang") return i + 1 < args.Count ? args[i + 1] : "";
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) return args[i]["--lang=".Length..];
        }
        return null;
    }

    /// <summary>zh or en for these arguments and this culture; an unknown --lang value falls back to zh (the parser reports it).</summary>
    public static string Choose(IReadOnlyList<string> args, CultureInfo ui)
    {
        var asked = FromArgs(args)?.Trim().ToLowerInvariant();
        if (asked is "zh" or "en") return asked;
        return ui.TwoLetterISOLanguageName == "en" ? "en" : "zh";
    }

    public static CultureInfo Culture(string lang) => lang == "en" ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-Hans");
}
