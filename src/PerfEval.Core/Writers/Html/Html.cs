using System.Globalization;
using System.Text;
using PerfEval.Findings;
using PerfEval.Values;

namespace PerfEval.Writers.Html;

/// <summary>Escaping and the few formatting helpers every part of the HTML report shares.</summary>
public static class Html
{
    /// <summary>
    /// Escapes text for element content and quoted attribute values alike, so a
    /// caller never has to know which of the two it is writing into.
    /// </summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            string? rep = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // NUL and other C0 controls are not allowed in HTML text; forms do contain stray ones.
                < ' ' and not ('\n' or '\t' or '\r') => "\uFFFD",
                _ => null,
            };
            if (rep is null)
            {
                sb?.Append(text[i]);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length + 16);
            sb.Append(rep);
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>A number for display: invariant, no trailing zeros.</summary>
    public static string N(decimal d) => Fmt.N(d);

    /// <summary>A signed difference with a true minus sign (−2, +1.5).</summary>
    public static string Signed(decimal d) =>
        d > 0 ? "+" + N(d) : d < 0 ? "\u2212" + N(-d) : "0";

    /// <summary>Class name of a severity: sev-error, sev-warning, sev-info.</summary>
    public static string Sev(Severity s) => "sev-" + s.Name();


    public static string RuleAnchor(string code) => "rule-" + E(code);
}
