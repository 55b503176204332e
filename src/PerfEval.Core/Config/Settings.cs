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
                    default: throw new ConfigException($"{source}: 未知设置 \"{p.Name}\"（可用：profile, scoring, rules）");
                }
            }
            if (root.TryGetProperty("scoring", out var scoring)) profile = ScoringSettings.Apply(profile, scoring, source);
            return new Settings { Profile = profile, Rules = rules };
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

    internal static string Str(JsonElement e, string key, string source) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new ConfigException($"{source}: {key} 应为字符串");
}
