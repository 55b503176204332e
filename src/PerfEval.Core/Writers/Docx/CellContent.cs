using System.Xml.Linq;
using PerfEval.Values;

namespace PerfEval.Writers.Docx;

/// <summary>
/// One w:tc as the reader read it: its paragraphs, its visible text (deleted
/// text and field codes left out) and the run each stretch of that text came
/// from. Finds the stretch a correction replaces with the value parser, so the
/// number replaced is the one the checker read.
/// </summary>
internal sealed class CellContent
{
    /// <summary>A stretch of visible text and its run (null for a break between paragraphs).</summary>
    public sealed record Piece(XElement? Run, int Start, int Length)
    {
        public int End => Start + Length;
    }

    readonly WordNames n;

    readonly List<XElement> paragraphs;

    public CellContent(XElement tc, List<XElement> paragraphs, string text, IReadOnlyList<Piece> pieces, WordNames names)
    {
        Tc = tc;
        this.paragraphs = paragraphs;
        Text = text;
        Pieces = pieces;
        n = names;
    }

    public XElement Tc { get; }
    public IReadOnlyList<XElement> Paragraphs => paragraphs;
    public string Text { get; }
    public IReadOnlyList<Piece> Pieces { get; }

    /// <summary>
    /// The stretch [Start, End) that <paramref name="value"/> replaces and the text that
    /// goes there: the stated number (a rate keeps its % sign, or gains one), or, in a
    /// cell without a number, its whole trimmed text.
    /// </summary>
    public (int Start, int End, string Token) Target(string value, bool isRate)
    {
        if (NumberText.Locate(Text) is { } span)
        {
            var pct = Text[span.NumberEnd..span.End].Trim();
            return (span.Start, span.End, value + (pct.Length > 0 ? pct : isRate ? "%" : ""));
        }
        int s = 0, e = Text.Length;
        while (s < e && char.IsWhiteSpace(Text[s])) s++;
        while (e > s && char.IsWhiteSpace(Text[e - 1])) e--;
        return (s, e, value + (isRate ? "%" : ""));
    }

    /// <summary>The first paragraph, made when the cell has none.</summary>
    public XElement FirstParagraph()
    {
        if (Paragraphs.Count > 0) return Paragraphs[0];
        var p = new XElement(n["p"]);
        Tc.Add(p);
        paragraphs.Add(p);
        return p;
    }

    public XElement LastParagraph() => Paragraphs.Count > 0 ? Paragraphs[^1] : FirstParagraph();
}
