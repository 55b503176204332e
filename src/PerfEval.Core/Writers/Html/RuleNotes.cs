using System.Text;
using System.Text.RegularExpressions;
using PerfEval.Rules;

namespace PerfEval.Writers.Html;

/// <summary>What the report says about a rule: its Chinese title, the one-line summary, why it matters and how to fix the form.</summary>
public sealed record RuleNote(RuleInfo Info, string WhyHtml, string FixHtml)
{
    public string Title => Info.Title;
}

/// <summary>
/// The title comes from the rule's metadata; the explanations are cut from the rule pages (docs/rules, embedded in the
/// library), so the report explains itself on an offline machine.
/// </summary>
public static class RuleNotes
{
    static readonly Lazy<IReadOnlyList<RuleNote>> Notes = new(() => RuleCatalog.All.Select(Load).ToList());

    public static IReadOnlyList<RuleNote> All => Notes.Value;

    public static RuleNote? Find(string code) => All.FirstOrDefault(n => n.Info.Code == code);

    static RuleNote Load(RuleInfo info)
    {
        var doc = RuleCatalog.Documentation(info.Code) ?? "";
        return new RuleNote(info,
            Block(Generic(FirstParagraph(doc, "为什么重要"))), Block(Generic(FirstParagraph(doc, "如何修改表格"))));
    }

    static string FirstParagraph(string doc, string heading)
    {
        var lines = doc.Replace("\r", "").Split('\n');
        int i = Array.FindIndex(lines, l => l.Trim() == "## " + heading);
        if (i < 0) return "";
        var para = new List<string>();
        for (i++; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("#", StringComparison.Ordinal)) break;
            if (line.Trim().Length == 0)
            {
                if (para.Count > 0) break;
                continue;
            }
            para.Add(line.Trim());
        }
        return string.Join("\n", para);
    }

    // The rule pages illustrate with the seed document (本例, 第6张表); in a report about
    // other forms those asides mislead, so each sentence is cut where one starts.
    static readonly Regex SeedAside = new(@"本例|例如第\s*\d+\s*张表|第\s*\d+\s*张表|附件\s*1", RegexOptions.CultureInvariant);
    static readonly Regex Sentence = new(@"[^。]+(?:。|$)", RegexOptions.CultureInvariant);
    // An aside in brackets goes whole; "（见下）" points at a part of the page the report leaves out.
    static readonly Regex Bracketed = new(@"（[^（）]*(?:本例|第\s*\d+\s*张表|附件\s*1)[^（）]*）|（见下）", RegexOptions.CultureInvariant);

    public static string Generic(string markdown)
    {
        var lines = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            var item = ListItem.Match(line).Value;
            var text = Bracketed.Replace(line[item.Length..], "");
            var kept = string.Concat(Sentence.Matches(text).Select(m => Cut(m.Value))).Trim();
            if (kept.Length > 0) lines.Add(item + kept);
        }
        return string.Join("\n", lines);
    }

    static string Cut(string sentence)
    {
        var m = SeedAside.Match(sentence);
        if (!m.Success) return sentence;
        var kept = sentence[..m.Index].TrimEnd(' ', '：', ':', '，', ',', '、', '（', '(', '；');
        return kept.Trim().Length == 0 ? "" : kept + "。";
    }

    static readonly Regex ListItem = new(@"^(?:[-*]|\d+\.)\s+", RegexOptions.CultureInvariant);
    static readonly Regex Code = new("`([^`]+)`", RegexOptions.CultureInvariant);

    /// <summary>The little Markdown the rule pages use in a paragraph: lists and `code`.</summary>
    public static string Block(string markdown)
    {
        if (markdown.Length == 0) return "";
        var lines = markdown.Split('\n');
        if (lines.All(l => ListItem.IsMatch(l)))
        {
            var tag = char.IsDigit(lines[0][0]) ? "ol" : "ul";
            var sb = new StringBuilder($"<{tag}>");
            foreach (var l in lines) sb.Append("<li>").Append(Inline(ListItem.Replace(l, ""))).Append("</li>");
            return sb.Append($"</{tag}>").ToString();
        }
        return "<p>" + Inline(string.Join("", lines)) + "</p>";
    }

    static string Inline(string text) => Code.Replace(Html.E(text), m => "<code>" + m.Groups[1].Value + "</code>");
}
