using System.Xml;
using System.Xml.Linq;
using PerfEval.Grid;

namespace PerfEval.Writers.Docx;

/// <summary>
/// The cells of the document as the Word reader located them, tied to the
/// elements of the loaded document.xml by their source positions. A finding's
/// CellRef finds its grid position, the merge origin the reader took its text
/// from, and that cell's w:tc, paragraphs and runs — no second walk of the tables.
/// </summary>
internal sealed class LocatedCells
{
    readonly Dictionary<string, CellGrid> grids;
    readonly Dictionary<SourcePosition, XElement> elements = new();
    readonly Dictionary<XElement, CellContent> contents = new();
    readonly WordNames n;

    public LocatedCells(IReadOnlyList<CellGrid> located, XDocument document, WordNames names)
    {
        n = names;
        grids = located.GroupBy(g => g.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var e in document.Descendants())
            if (e.Name.Namespace == n.W && e.Name.LocalName is "tc" or "p" or "r" && e is IXmlLineInfo li && li.HasLineInfo())
                elements.TryAdd(new SourcePosition(li.LineNumber, li.LinePosition), e);
    }

    /// <summary>The cell shown at a position of a grid (表3, 表1-2); a merged position gives the cell that starts the merge.</summary>
    public CellContent? Find(string grid, int row, int col)
    {
        if (!grids.TryGetValue(grid, out var g) || At(g, row, col) is not { } shown) return null;
        var origin = At(g, shown.Origin.Row, shown.Origin.Col) ?? shown;
        if (origin.Source is not { } source || !elements.TryGetValue(source.Element, out var tc)) return null;
        // One content per w:tc: a paragraph added for one finding is there for the next.
        if (contents.TryGetValue(tc, out var known)) return known;
        var paragraphs = new List<XElement>();
        foreach (var p in source.Paragraphs)
            if (elements.TryGetValue(p, out var e)) paragraphs.Add(e);
            else return null;
        var pieces = new List<CellContent.Piece>(source.Pieces.Count);
        foreach (var piece in source.Pieces)
        {
            XElement? run = null;
            if (piece.Run is { } at && !elements.TryGetValue(at, out run)) return null;
            pieces.Add(new CellContent.Piece(run, piece.Start, piece.Length));
        }
        return contents[tc] = new CellContent(tc, paragraphs, source.Text, pieces, n);
    }

    static GridCell? At(CellGrid g, int row, int col)
    {
        if (row < 1 || row > g.Rows.Count) return null;
        var cells = g.Rows[row - 1].Cells;
        return col < 1 || col > cells.Count ? null : cells[col - 1];
    }
}
