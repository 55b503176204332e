using System.Xml;

namespace PerfEval.Readers;

/// <summary>
/// Child-by-child walking for a forward-only XmlReader: each level loops
/// over its own children and consumes each one whole, so nothing of a
/// nested structure can leak into the level above.
/// </summary>
internal static class XmlWalk
{
    /// <summary>Steps into the current element; -1 when it is empty (and already consumed).</summary>
    public static int Enter(this XmlReader r)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return -1;
        }
        int depth = r.Depth;
        if (depth > ReaderLimits.MaxXmlDepth)
            throw ReadErrors.TooDeep();
        r.Read();
        return depth;
    }

    /// <summary>Moves to the next child element of the element entered at depth; false, past its end tag, when none is left.</summary>
    public static bool NextChild(this XmlReader r, int depth)
    {
        if (depth < 0)
            return false;
        while (true)
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement when r.Depth == depth:
                    r.Read();
                    return false;
                default:
                    if (!r.Read())
                        throw new XmlException("Unexpected end of the XML part.");
                    break;
            }
        }
    }

    /// <summary>
    /// A name table holding these very string instances (literals, interned), so the
    /// reader hands back the same references for the names it meets and a
    /// comparison with the literal (r.LocalName == "c") ends at its first, reference check.
    /// </summary>
    public static NameTable Seeded(params string[] names)
    {
        var table = new NameTable();
        foreach (var name in names)
            table.Add(name);
        return table;
    }

    [ThreadStatic]
    static char[]? chunk;

    /// <summary>
    /// Copies a text node in chunks up to the sink's cap: reading r.Value
    /// would first build the whole node as one string, hundreds of MB for a
    /// crafted cell, where the cap keeps only the first 100,000 characters.
    /// </summary>
    static void AppendValue(XmlReader r, CellText sink)
    {
        if (!r.CanReadValueChunk)
        {
            sink.Append(r.Value);
            return;
        }
        var buffer = chunk ??= new char[8192];
        int n;
        while ((n = r.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            sink.Append(buffer.AsSpan(0, n));
    }

    /// <summary>Appends the text of the current element (which must hold only text) and moves past it.</summary>
    public static void ReadTextInto(this XmlReader r, CellText sink, bool keep = true)
    {
        int depth = r.Enter();
        if (depth < 0)
            return;
        while (true)
        {
            switch (r.NodeType)
            {
                case XmlNodeType.EndElement when r.Depth == depth:
                    r.Read();
                    return;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (keep)
                        AppendValue(r, sink);
                    r.Read();
                    break;
                case XmlNodeType.Element:
                    r.Skip();
                    break;
                default:
                    if (!r.Read())
                        throw new XmlException("Unexpected end of the XML part.");
                    break;
            }
        }
    }
}
