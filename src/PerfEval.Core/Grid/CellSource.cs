namespace PerfEval.Grid;

/// <summary>Where an element starts in its XML part, as the XML parser counts (1-based line and column).</summary>
public readonly record struct SourcePosition(int Line, int Column);

/// <summary>A stretch of a cell's text and the run element it came from; Run is null for a line break between paragraphs.</summary>
public readonly record struct TextPiece(SourcePosition? Run, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// The locator of a Word cell: the w:tc a grid position was read from, its paragraphs, and which
/// run each piece of its text came from. A reader fills it in only when asked
/// (fix --docx), so a writer edits the very element the checker read, without
/// walking the document a second time.
/// </summary>
public sealed class CellSource
{
    public CellSource(SourcePosition element, IReadOnlyList<SourcePosition> paragraphs, string text, IReadOnlyList<TextPiece> pieces)
    {
        Element = element;
        Paragraphs = paragraphs;
        Text = text;
        Pieces = pieces;
    }

    public SourcePosition Element { get; }
    /// <summary>The cell's paragraphs (w:p, through any wrapper), in order; their texts are joined with \n.</summary>
    public IReadOnlyList<SourcePosition> Paragraphs { get; }
    /// <summary>The cell's text as collected, before the reader's normalization (not trimmed).</summary>
    public string Text { get; }
    public IReadOnlyList<TextPiece> Pieces { get; }
}
