using System.Globalization;
using PerfEval.Findings;
using PerfEval.Rules;
using PerfEval.Model;

namespace PerfEval.Cli;

/// <summary>`check --statistics`: findings counted per rule, most frequent first (as flake8 and ruff print them).</summary>
public sealed class Statistics
{
    readonly Dictionary<string, (int Count, Severity Severity)> _byRule = new(StringComparer.Ordinal);

    public void Add(FileResult file)
    {
        foreach (var f in file.AllFindings)
            _byRule[f.Rule] = _byRule.TryGetValue(f.Rule, out var c) ? (c.Count + 1, c.Severity) : (1, f.Severity);
    }

    /// <summary>Count, code, severity, short name; ties in code order, so the output is stable.</summary>
    public IEnumerable<string> Lines()
    {
        var rows = _byRule.OrderByDescending(r => r.Value.Count).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        int width = rows.Count == 0 ? 1 : rows.Max(r => r.Value.Count.ToString(CultureInfo.InvariantCulture).Length);
        foreach (var (code, (count, severity)) in rows)
        {
            var name = RuleCatalog.Find(code)?.ShortName ?? "";
            yield return $"{count.ToString(CultureInfo.InvariantCulture).PadLeft(width)}  {code}  {severity.Name(),-7}  {name}".TrimEnd();
        }
    }

    public void WriteTo(TextWriter w)
    {
        foreach (var line in Lines()) w.WriteLine(line);
        w.Flush();
    }
}
