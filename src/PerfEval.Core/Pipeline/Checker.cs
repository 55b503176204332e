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
        if (Refused(path) is { } why)
            return FileOnly(shown, PE001.Create(why));
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

    /// <summary>
    /// One form's recomputation and findings, under the settings its path and 主管部门
    /// choose. Numbers are bounded where they are parsed (Values.Magnitude), so decimal
    /// arithmetic cannot overflow; should it still, or should a rule fail, that form gets
    /// a finding for it and every other rule and form is still checked.
    /// </summary>
    public FormResult CheckForm(Form form, string? path)
    {
        var (profile, rules) = _settings?.For(path, form.Department.Text) ?? (_profile, _rules);
        var findings = new List<Finding>();
        void Keep(Finding f)
        {
            if (rules.Apply(f) is { } kept) findings.Add(kept);
        }
        FormScore score;
        try
        {
            score = ScoringEngine.Score(form, profile);
        }
        catch (ArithmeticException ex)
        {
            score = Unscored(form, profile);
            Keep(Overflow("重新计算得分", ex));
        }
        var ctx = new FormContext(form, score, profile);
        foreach (var rule in RuleCatalog.FormRules)
        {
            try
            {
                // Materialized here so that an exception thrown while a rule enumerates is caught here.
                foreach (var f in rule.Check(ctx).ToList()) Keep(f);
            }
            catch (ArithmeticException ex)
            {
                Keep(Overflow($"规则 {rule.Info.Code}", ex));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Keep(new Finding(rule.Info.Code, Severity.Error,
                    $"检查本规则时出错（{ex.GetType().Name}: {ex.Message}），请将此文件报告给 perfeval 维护者", null, null, null));
            }
        }
        // Top to bottom, as the form reads; findings about the whole form first.
        var ordered = findings
            .OrderBy(f => f.Cell is null ? 0 : 1)
            .ThenBy(f => f.Cell?.Row ?? 0).ThenBy(f => f.Cell?.Col ?? 0)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
        return new FormResult(form, score, ordered);
    }

    static Finding Overflow(string what, ArithmeticException ex) => new("PE005", Severity.Error,
        $"{what}时数值超出可计算的范围（{ex.Message}），请检查表中金额、分值的单位和小数点", null, null, null);

    /// <summary>A score that needs no arithmetic: each indicator keeps its stated score, the total is 0.</summary>
    static FormScore Unscored(Form form, ScoringProfile profile) => new()
    {
        Indicators = form.Indicators.Select(i => new IndicatorScore(i, Direction.Qualitative, null, null, null, null, 0m)).ToList(),
        BudgetWeight = profile.BudgetWeight,
        Grade = null,
    };

    /// <summary>
    /// Why a path is not even opened: too long to open, a folder that could
    /// not be read (the input walk hands those in), or no regular file —
    /// a FIFO or a device, also behind a symbolic link, would block or never end.
    /// </summary>
    static string? Refused(string path)
    {
        if (FileKind.IsTooLong(path))
            return "路径过长，超过系统允许的长度，无法打开。请把文件移到层级较浅的文件夹或缩短文件夹名后重试。";
        return FileKind.Of(path) switch
        {
            EntryKind.Directory => "无法读取此文件夹（没有读取权限或无法访问），其中的文件未检查。请检查文件夹权限后重试。",
            EntryKind.Fifo or EntryKind.CharDevice or EntryKind.Other => "不是普通文件（命名管道、设备或套接字，也可能经符号链接指向它们），为免读取时卡住，未打开。请提交真正的 .docx/.xlsx 文件。",
            _ => null,
        };
    }

    FileResult FileOnly(string path, Finding f)
    {
        var kept = (_settings?.For(path, null).Rules ?? _rules).Apply(f);
        return new FileResult(path, kept is null ? Array.Empty<Finding>() : new[] { kept }, Array.Empty<FormResult>());
    }

    public static SourceDocument Read(string path) => InputKinds.ReaderFor(path).Read(path);
}
