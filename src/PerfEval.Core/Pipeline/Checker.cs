using PerfEval.Config;
using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Readers;
using PerfEval.Recognition;
using PerfEval.Rules;
using PerfEval.Scoring;

namespace PerfEval.Pipeline;

/// <summary>
/// Reads, recognizes, scores and checks one file. Whatever the file holds,
/// the outcome is a FileResult: an unreadable file is a PE001 finding.
/// </summary>
public sealed class Checker
{
    readonly ScoringProfile _profile;
    readonly RuleSettings _rules;
    readonly Settings? _settings;

    public Checker(ScoringProfile? profile = null, RuleSettings? rules = null)
    {
        _profile = profile ?? ScoringProfile.National;
        _rules = rules ?? RuleSettings.Default;
    }

    /// <summary>With the configuration's overrides: each form gets the profile and severities for its path and 主管部门.</summary>
    public Checker(Settings settings) : this(settings.Profile, settings.Rules) => _settings = settings;

    public FileResult Check(string path, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        SourceDocument doc;
        try
        {
            doc = Read(path);
        }
        catch (UnreadableFileException ex)
        {
            return FileOnly(shown, PE001.Create(ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileOnly(shown, PE001.Create("无法打开文件（" + ex.Message + "）"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader that breaks its contract must not end a province's batch.
            return FileOnly(shown, PE001.Create($"读取文件时出错（{ex.GetType().Name}: {ex.Message}）"));
        }

        try
        {
            var forms = FormRecognizer.Recognize(doc);
            if (forms.Count == 0) return FileOnly(shown, PE002.Create());
            return new FileResult(shown, Array.Empty<Finding>(), forms.Select(f => CheckForm(f, shown)).ToList());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect of ours must not stop a batch; it still surfaces, named, on this file.
            return FileOnly(shown, PE002.Create() with
            {
                Message = $"识别或检查表格时出错（{ex.GetType().Name}: {ex.Message}），请将此文件报告给 perfeval 维护者",
            });
        }
    }

    public FormResult CheckForm(Form form) => CheckForm(form, null);

    public FormResult CheckForm(Form form, string? path)
    {
        var (profile, rules) = _settings?.For(path, form.Department.Text) ?? (_profile, _rules);
        var score = ScoringEngine.Score(form, profile);
        var ctx = new FormContext(form, score, profile);
        var findings = new List<Finding>();
        foreach (var rule in RuleCatalog.FormRules)
            foreach (var f in rule.Check(ctx))
                if (rules.Apply(f) is { } kept) findings.Add(kept);
        // Top to bottom, as the form reads; findings about the whole form first.
        var ordered = findings
            .OrderBy(f => f.Cell is null ? 0 : 1)
            .ThenBy(f => f.Cell?.Row ?? 0).ThenBy(f => f.Cell?.Col ?? 0)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
        return new FormResult(form, score, ordered);
    }

    FileResult FileOnly(string path, Finding f)
    {
        var kept = (_settings?.For(path, null).Rules ?? _rules).Apply(f);
        return new FileResult(path, kept is null ? Array.Empty<Finding>() : new[] { kept }, Array.Empty<FormResult>());
    }

    public static SourceDocument Read(string path) => InputKinds.ReaderFor(path).Read(path);
}
