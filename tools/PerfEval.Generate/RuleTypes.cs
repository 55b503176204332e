using System.Reflection;
using System.Text.RegularExpressions;
using PerfEval.Rules;

namespace PerfEval.Generate;

/// <summary>A rule type of src/PerfEval.Core/Rules and the metadata it declares.</summary>
public sealed record RuleType(Type Type, RuleInfo Info, bool IsFormRule);

/// <summary>
/// Finds the rules by their types — a class PExxx in PerfEval.Rules, either a FormRule
/// or a static class with an Info property (the file-level rules the pipeline raises).
/// Reflection is fine here: this runs at development time, never in the shipped tool.
/// </summary>
public static class RuleTypes
{
    static readonly Regex CodeName = new(@"^PE\d{3}$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<RuleType> Discover()
    {
        var found = new List<RuleType>();
        foreach (var t in typeof(FormRule).Assembly.GetTypes())
        {
            if (t.Namespace != typeof(FormRule).Namespace || !CodeName.IsMatch(t.Name)) continue;
            RuleType rule;
            if (typeof(FormRule).IsAssignableFrom(t) && !t.IsAbstract)
                rule = new RuleType(t, ((FormRule)Activator.CreateInstance(t)!).Info, true);
            else if (t.GetProperty("Info", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is RuleInfo info)
                rule = new RuleType(t, info, false);
            else
                throw new InvalidOperationException($"{t.Name} is neither a FormRule nor a static class with `public static RuleInfo Info`");
            Validate(rule);
            found.Add(rule);
        }
        return found.OrderBy(r => r.Info.Code, StringComparer.Ordinal).ToList();
    }

    static void Validate(RuleType r)
    {
        var i = r.Info;
        string? problem =
            i.Code != r.Type.Name ? $"declares code {i.Code}; a rule's code is its type's name" :
            i.Title.Trim().Length == 0 ? "has no Title (the Chinese title, e.g. Title = \"执行率不符\")" :
            i.English.Trim().Length == 0 ? "has no English line for the README table" :
            i.Summary.Trim().Length == 0 ? "has no Summary" :
            !Regex.IsMatch(i.ShortName, "^[a-z0-9]+(-[a-z0-9]+)*$") ? $"short name {i.ShortName} is not kebab-case" :
            null;
        if (problem is not null) throw new InvalidOperationException($"{r.Type.Name} {problem}");
        _ = i.Category; // throws for a code outside PE0xx–PE4xx
    }
}
