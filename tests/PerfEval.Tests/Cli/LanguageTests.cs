using System.Globalization;
using PerfEval.Cli;
using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Cli;

/// <summary>Help, usage and parse errors in Chinese, from the culture or --lang.</summary>
public class LanguageTests
{
    [Theory]
    [InlineData("zh-CN", null, "zh")]
    [InlineData("en-US", null, "en")]
    [InlineData("", null, "zh")] // the invariant culture: LANG=C on servers and CI
    [InlineData("de-DE", null, "zh")]
    [InlineData("en-US", "zh", "zh")]
    [InlineData("zh-CN", "en", "en")]
    public void The_language_comes_from_the_culture_and_lang_overrides_it(string culture, string? lang, string expected)
    {
        var args = lang is null ? new[] { "check", "x" } : new[] { "check", "--lang", lang, "x" };
        Assert.Equal(expected, Language.Choose(args, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Lang_after_a_double_dash_is_a_file_name()
    {
        Assert.Null(Language.FromArgs(new[] { "check", "--", "--lang" }));
        Assert.Equal("en", Language.FromArgs(new[] { "check", "--lang=en" }));
    }

    static readonly string[] English = { "Description", "Usage", "Options", "Arguments", "Commands", "(REQUIRED)", "Show help", "default:" };

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("summary", "--help")]
    [InlineData("fix", "--help")]
    [InlineData("template", "-h")]
    public void Help_is_Chinese(params string[] args)
    {
        var (exit, help, _) = Run(args.Concat(new[] { "--lang", "zh" }).ToArray());
        Assert.Equal(0, exit);
        Assert.Contains("用法", help);
        foreach (var word in English) Assert.DoesNotContain(word, help);
    }

    [Fact]
    public void Help_follows_a_Chinese_culture_without_lang()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var (_, help, _) = Run("--help");
            Assert.Contains("用法", help);
            Assert.DoesNotContain("Usage", help);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void English_help_on_request()
    {
        var (exit, help, _) = Run("check", "--help", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", help);
    }

    [Fact]
    public void English_help_says_in_English_that_perfevals_own_texts_stay_Chinese()
    {
        var (_, en, _) = Run("check", "--help", "--lang", "en");
        Assert.Contains("are always Chinese", en);
        var (_, zh, _) = Run("check", "--help", "--lang", "zh");
        Assert.Contains("始终是中文", zh);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("check", "--format")]
    [InlineData("check", SampleArg, "--fail-on")]
    public void Parse_errors_are_Chinese(params string[] args)
    {
        var (exit, _, err) = Run(args.Select(a => a == SampleArg ? SampleDocx : a).Concat(new[] { "--lang", "zh" }).ToArray());
        Assert.Equal(2, exit);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", err);
        Assert.DoesNotMatch(@"\b(Required|not recognized|Unrecognized|expected)\b", err);
    }

    const string SampleArg = "<sample>";

    [Fact]
    public void Run_leaves_the_callers_culture_as_it_was()
    {
        var saved = CultureInfo.CurrentUICulture;
        Run("rules", "--lang", "en");
        Assert.Equal(saved, CultureInfo.CurrentUICulture);
    }
}
