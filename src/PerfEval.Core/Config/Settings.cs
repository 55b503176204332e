using System.Text.Json;
using PerfEval.Findings;
using PerfEval.Rules;
using PerfEval.Scoring;

namespace PerfEval.Config;

/// <summary>
/// perfeval.json: a profile to start from, scoring overrides and per-rule
/// severities. Unknown keys and wrong types are errors that name the key,
/// because a silently ignored setting is a wrong result.
/// </summary>
public sealed class Settings
{
    public ScoringProfile Profile { get; init; } = ScoringProfile.National;
    public RuleSettings Rules { get; init; } = RuleSettings.Default;
    /// <summary>The "overrides" blocks, in file order.</summary>
    public IReadOnlyList<Override> Overrides { get; init; } = Array.Empty<Override>();

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ScoringProfile, RuleSettings)> _resolved = new();

    /// <summary>
    /// The profile and rule severities for a form: the top level, then every
    /// override block matching the file's path and the form's 主管部门, in order.
    /// </summary>
    public (ScoringProfile Profile, RuleSettings Rules) For(string? path, string? department)
    {
        if (Overrides.Count == 0) return (Profile, Rules);
        var matching = Enumerable.Range(0, Overrides.Count).Where(i => Overrides[i].Matches(path, department)).ToList();
        if (matching.Count == 0) return (Profile, Rules);
        return _resolved.GetOrAdd(string.Join(",", matching), _ =>
        {
            var profile = Profile;
            var rules = Rules;
            foreach (var o in matching.Select(i => Overrides[i]))
            {
                if (o.Profile is not null) profile = o.Profile;
                if (o.Scoring is { } scoring) profile = ScoringSettings.Apply(profile, scoring, o.Source);
                rules = RuleOverrides.Merge(rules, o.Rules);
            }
            return (profile, rules);
        });
    }

    public const string DefaultFileName = "perfeval.json";

    public static Settings Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"无法读取配置文件 {path}：{ex.Message}");
        }
        return Parse(text, path);
    }

    public static Settings Parse(string json, string source = "perfeval.json")
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ConfigException($"{source}: 不是有效的 JSON（第 {ex.LineNumber + 1} 行）：{ex.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ConfigException($"{source}: 顶层应为对象 {{…}}");
            var profile = ScoringProfile.National;
            var rules = RuleSettings.Default;
            foreach (var p in root.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "$schema": break;
                    case "profile":
                        var name = Str(p.Value, "profile", source);
                        if (!Profiles.All.TryGetValue(name, out var found))
                            throw new ConfigException($"{source}: profile \"{name}\" 不存在；可选：{string.Join(", ", Profiles.All.Keys)}");
                        profile = found;
                        break;
                    case "rules": rules = ReadRules(p.Value, source); break;
                    case "scoring": break; // read after the profile, which it overrides
                    case "overrides": break; // read last: they build on the top level
                    default: throw new ConfigException($"{source}: 未知设置 \"{p.Name}\"（可用：profile, scoring, rules, overrides）");
                }
            }
            if (root.TryGetProperty("scoring", out var scoring)) profile = ScoringSettings.Apply(profile, scoring, source);
            var overrides = root.TryGetProperty("overrides", out var o) ? ReadOverrides(o, profile, source) : new List<Override>();
            return new Settings { Profile = profile, Rules = rules, Overrides = overrides };
        }
    }

    static RuleSettings ReadRules(JsonElement e, string source)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new ConfigException($"{source}: rules 应为对象，如 {{\"PE207\": \"off\"}}");
        var rules = RuleSettings.Default;
        foreach (var r in e.EnumerateObject())
        {
            var info = RuleCatalog.Find(r.Name) ?? throw new ConfigException($"{source}: rules.{r.Name}: 没有这个规则代码");
            var v = Str(r.Value, "rules." + r.Name, source);
            if (v.Equals("off", StringComparison.OrdinalIgnoreCase)) rules = rules.With(info.Code, null);
            else if (SeverityNames.TryParse(v, out var s)) rules = rules.With(info.Code, s);
            else throw new ConfigException($"{source}: rules.{r.Name}: \"{v}\" 无效，应为 error、warning、info 或 off");
        }
        return rules;
    }

    static List<Override> ReadOverrides(JsonElement e, ScoringProfile top, string source)
    {
        if (e.ValueKind != JsonValueKind.Array)
            throw new ConfigException($"{source}: overrides 应为数组，如 [{{\"files\": [\"湖北/**\"], \"profile\": \"hubei\"}}]");
        var list = new List<Override>();
        int i = 0;
        foreach (var b in e.EnumerateArray())
        {
            var at = $"overrides[{i++}]";
            if (b.ValueKind != JsonValueKind.Object) throw new ConfigException($"{source}: {at} 应为对象");
            IReadOnlyList<string> files = Array.Empty<string>(), depts = Array.Empty<string>();
            ScoringProfile? profile = null;
            JsonElement? scoring = null;
            var rules = new List<(string, Severity?)>();
            foreach (var p in b.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "files": files = Patterns(p.Value, $"{at}.files", source); break;
                    case "departments": depts = Patterns(p.Value, $"{at}.departments", source); break;
                    case "profile":
                        var name = Str(p.Value, $"{at}.profile", source);
                        profile = Profiles.All.TryGetValue(name, out var found) ? found
                            : throw new ConfigException($"{source}: {at}.profile \"{name}\" 不存在；可选：{string.Join(", ", Profiles.All.Keys)}");
                        break;
                    case "scoring": scoring = p.Value.Clone(); break;
                    case "rules": rules = RulePairs(p.Value, source, $"{at}.rules"); break;
                    default: throw new ConfigException($"{source}: 未知设置 \"{at}.{p.Name}\"（可用：files, departments, profile, scoring, rules）");
                }
            }
            if (files.Count == 0 && depts.Count == 0)
                throw new ConfigException($"{source}: {at} 需要 files 或 departments，否则它对所有表都生效（请写在顶层）");
            // Found wrong now rather than on the first matching form.
            if (scoring is { } sc) ScoringSettings.Apply(profile ?? top, sc, $"{source}: {at}");
            list.Add(new Override { Files = files, Departments = depts, Profile = profile, Scoring = scoring, Rules = rules, Source = $"{source}: {at}" });
        }
        return list;
    }

    static IReadOnlyList<string> Patterns(JsonElement e, string key, string source)
    {
        if (e.ValueKind == JsonValueKind.String) return new[] { e.GetString()! };
        if (e.ValueKind != JsonValueKind.Array) throw new ConfigException($"{source}: {key} 应为字符串或字符串数组");
        var list = e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String && x.GetString()!.Trim().Length > 0
            ? x.GetString()! : throw new ConfigException($"{source}: {key} 的每一项应为非空字符串")).ToList();
        return list.Count > 0 ? list : throw new ConfigException($"{source}: {key} 不能为空数组");
    }

    static List<(string, Severity?)> RulePairs(JsonElement e, string source, string key = "rules")
    {
        if (e.ValueKind != JsonValueKind.Object) throw new ConfigException($"{source}: {key} 应为对象，如 {{\"PE207\": \"off\"}}");
        var pairs = new List<(string, Severity?)>();
        foreach (var r in e.EnumerateObject())
        {
            var info = RuleCatalog.Find(r.Name) ?? throw new ConfigException($"{source}: {key}.{r.Name}: 没有这个规则代码");
            var v = Str(r.Value, $"{key}.{r.Name}", source);
            if (v.Equals("off", StringComparison.OrdinalIgnoreCase)) pairs.Add((info.Code, null));
            else if (SeverityNames.TryParse(v, out var s)) pairs.Add((info.Code, s));
            else throw new ConfigException($"{source}: {key}.{r.Name}: \"{v}\" 无效，应为 error、warning、info 或 off");
        }
        return pairs;
    }

    internal static string Str(JsonElement e, string key, string source) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new ConfigException($"{source}: {key} 应为字符串");
}
