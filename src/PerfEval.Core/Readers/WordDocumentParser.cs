using System.Globalization;
using System.Xml;
using PerfEval.Grid;

namespace PerfEval.Readers;

/// <summary>
/// One forward pass over word/document.xml. Each level (body, table, row,
/// cell, paragraph) walks its own children, so a nested table's rows never
/// mix into its parent. Wrappers (sdt, customXml, hyperlink, ins…) are
/// entered transparently; anything not known is skipped whole, which drops
/// properties, deletions, field codes and drawings in one rule.
/// This is the one walk of a Word table: `fix --docx` asks it to locate each
/// cell (the w:tc and the runs of its text) and edits through those locators.
/// </summary>
internal sealed class WordDocumentParser
{
    const string WNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const string WStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    const string McNs = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    readonly XmlReader r;
    readonly ReaderLimits limits;
    readonly string part;
    readonly Names n;
    // Locating (fix --docx only): the run being read and where the current cell's pieces go.
    readonly IXmlLineInfo? lines;
    SourcePosition? run;
    List<TextPiece>? pieces;

    readonly List<CellGrid> grids = new();
    List<string> preamble = new();
    readonly CellText paragraph;
    int tableNumber;
    int nestedCount;
    List<CellGrid?> nested = new();
    // One entry per open complex field: false while in its code, true once past "separate".
    readonly List<bool> fields = new();
    int codeDepth;

    WordDocumentParser(XmlReader reader, Names names, ReaderLimits limits, string part, bool locate)
    {
        r = reader;
        lines = locate ? reader as IXmlLineInfo : null;
        n = names;
        this.limits = limits;
        this.part = part;
        paragraph = new CellText(limits.MaxCellChars);
    }

    /// <param name="locate">Give each grid cell its <see cref="CellSource"/> (for a writer); off when only checking.</param>
    public static List<CellGrid> Parse(OfficePackage package, ReaderLimits limits, bool locate = false)
    {
        var names = new Names(new NameTable());
        return package.Parse(package.MainPart, names.Table, reader => new WordDocumentParser(reader, names, limits, package.MainPart, locate).Run());
    }

    SourcePosition Here() => new(lines!.LineNumber, lines.LinePosition);

    List<CellGrid> Run()
    {
        r.MoveToContent();
        if (r.NodeType != XmlNodeType.Element || !IsW || !Is(n.Document))
        {
            if (r.LocalName == "workbook")
                throw ReadErrors.NoMainPart(OfficeKind.Word, "word/document.xml", otherKind: true);
            throw ReadErrors.WrongRoot(OfficeKind.Word, part, r.Name);
        }
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.Body))
                ReadBlocks(null);
            else
                r.Skip();
        }
        return grids;
    }

    // ---- navigation -------------------------------------------------------

    bool IsW => (object)r.NamespaceURI == n.W || (object)r.NamespaceURI == n.WStrict;
    bool Is(string atom) => (object)r.LocalName == atom;

    bool IsWrapper =>
        IsW ? Is(n.Sdt) || Is(n.SdtContent) || Is(n.CustomXml) || Is(n.SmartTag) || Is(n.Hyperlink) || Is(n.Ins)
              || Is(n.MoveTo) || Is(n.FldSimple) || Is(n.Dir) || Is(n.Bdo) || Is(n.Ruby) || Is(n.RubyBase)
            : (object)r.NamespaceURI == n.Mc && TakesAlternative();

    // mc:AlternateContent holds one content in several forms: the first Choice
    // whose Requires perfeval reads, else the Fallback, never both (a text box
    // would be counted twice). One flag per depth: has this AlternateContent taken a Choice.
    readonly List<bool> choiceTaken = new();

    bool TakesAlternative()
    {
        int depth = r.Depth;
        while (choiceTaken.Count <= depth + 1) choiceTaken.Add(false);
        if (Is(n.AlternateContent)) { choiceTaken[depth + 1] = false; return true; }
        if (Is(n.Choice) && !choiceTaken[depth] && RequiresKnown()) return choiceTaken[depth] = true;
        return Is(n.Fallback) && !choiceTaken[depth];
    }

    /// <summary>A Choice's Requires names only namespaces whose text perfeval reads: shapes, groups, canvases, Word 2010+.</summary>
    bool RequiresKnown()
    {
        var requires = r.GetAttribute("Requires");
        if (string.IsNullOrWhiteSpace(requires)) return false;
        foreach (var prefix in requires.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (r.LookupNamespace(prefix) is not { } ns || !KnownChoiceNamespaces.Contains(ns)) return false;
        return true;
    }

    static readonly HashSet<string> KnownChoiceNamespaces = new(StringComparer.Ordinal)
    {
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/word/2010/wordml",
        "http://schemas.microsoft.com/office/word/2012/wordml",
    };

    string? Val() => r.GetAttribute("val", r.NamespaceURI);

    int IntVal(int fallback, int max)
    {
        var s = Val();
        if (s is null || !int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v))
            return fallback;
        return Math.Clamp(v, 0, max);
    }

    // ---- block level: body and cell content -----------------------------

    /// <summary>Walks the children of a body, cell or block wrapper; cell is null in the body.</summary>
    void ReadBlocks(WordCell? cell)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.P))
                ReadParagraph(cell);
            else if (IsW && Is(n.Tbl))
            {
                if (cell is null)
                    ReadTopTable();
                else
                    ReadNestedTable();
            }
            else if (IsWrapper)
                ReadBlocks(cell);
            else
                r.Skip();
        }
    }

    // Whether the paragraph being read is in a table cell: a table in a text box nests there.
    bool inCell;

    void ReadParagraph(WordCell? cell)
    {
        inCell = cell is not null;
        if (cell is not null)
        {
            if (cell.Paragraphs++ > 0)
                cell.Text.Append('\n');
            if (lines is not null)
                cell.Paragraph(Here());
            pieces = cell.Pieces;
            ReadInline(cell.Text);
            pieces = null;
            return;
        }
        paragraph.Clear();
        ReadInline(paragraph);
        var text = paragraph.ToString();
        if (text.Length > 0)
            preamble.Add(text);
    }

    void ReadTopTable()
    {
        int number = ++tableNumber;
        nestedCount = 0;
        nested = new List<CellGrid?>();
        ResetFields();
        var table = ReadTable($"表{number}");
        grids.Add(table.ToGrid($"表{number}", number, preamble, limits.MaxCellsPerGrid));
        preamble = new List<string>();
        foreach (var grid in nested)
            grids.Add(grid!);
        ResetFields();
    }

    void ReadNestedTable()
    {
        // The slot is taken before reading so deeper tables land after this one (document order).
        string name = $"表{tableNumber}-{++nestedCount}";
        int slot = nested.Count;
        nested.Add(null);
        var table = ReadTable(name);
        nested[slot] = table.ToGrid(name, tableNumber, Array.Empty<string>(), limits.MaxCellsPerGrid);
    }

    // ---- table, row, cell -------------------------------------------------

    WordTable ReadTable(string name)
    {
        var table = new WordTable();
        ReadTableChildren(table, name);
        return table;
    }

    void ReadTableChildren(WordTable table, string name)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.Tr))
                table.Rows.Add(ReadRow(table, name));
            else if (IsW && Is(n.TblGrid))
                table.GridColumns = CountGridColumns();
            else if (IsWrapper)
                ReadTableChildren(table, name);
            else
                r.Skip();
        }
    }

    int CountGridColumns()
    {
        int count = 0;
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.GridCol))
                count++;
            r.Skip();
        }
        return count;
    }

    WordRow ReadRow(WordTable table, string name)
    {
        var row = new WordRow();
        ReadRowChildren(table, row, name);
        return row;
    }

    void ReadRowChildren(WordTable table, WordRow row, string name)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.Tc))
            {
                if (++table.CellCount > limits.MaxCellsPerGrid)
                    throw ReadErrors.TooManyCells(name, limits.MaxCellsPerGrid);
                row.Cells.Add(ReadCell());
            }
            else if (IsW && Is(n.TrPr))
                ReadRowProperties(row);
            else if (IsWrapper)
                ReadRowChildren(table, row, name);
            else
                r.Skip();
        }
    }

    void ReadRowProperties(WordRow row)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.GridBefore))
                row.Before = IntVal(0, limits.MaxCellsPerGrid);
            else if (IsW && Is(n.GridAfter))
                row.After = IntVal(0, limits.MaxCellsPerGrid);
            else if (IsW && Is(n.Del))
                row.Deleted = true;
            r.Skip();
        }
    }

    WordCell ReadCell()
    {
        var cell = new WordCell(limits.MaxCellChars);
        if (lines is not null)
            cell.Locate(Here());
        ResetFields();
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.TcPr))
                ReadCellProperties(cell);
            else if (IsW && Is(n.P))
                ReadParagraph(cell);
            else if (IsW && Is(n.Tbl))
                ReadNestedTable();
            else if (IsWrapper)
                ReadBlocks(cell);
            else
                r.Skip();
        }
        return cell;
    }

    void ReadCellProperties(WordCell cell)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.GridSpan))
                cell.Span = Math.Max(1, IntVal(1, limits.MaxCellsPerGrid));
            else if (IsW && Is(n.VMerge))
                cell.VMerge = Val() == "restart" ? VerticalMerge.Restart : VerticalMerge.Continue;
            else if (IsW && Is(n.HMerge))
                cell.HContinue = Val() != "restart";
            r.Skip();
        }
    }

    // ---- paragraph content -----------------------------------------------

    void ReadInline(CellText sink)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (!IsW)
            {
                if (IsWrapper)
                    ReadInline(sink);
                else
                    r.Skip();
                continue;
            }
            int before = sink.Length;
            if (Is(n.R) && pieces is not null)
            {
                var outer = run;
                run = Here();
                ReadInline(sink);
                run = outer;
            }
            else if (Is(n.R) || IsWrapper)
                ReadInline(sink);
            else if (Is(n.T))
            {
                r.ReadTextInto(sink, keep: codeDepth == 0);
                Piece(sink, before);
            }
            else if (Is(n.FldChar))
                ReadFieldChar();
            else if (Is(n.Drawing) || Is(n.Pict))
                ReadShapes(sink);
            else
            {
                if (codeDepth == 0)
                {
                    if (Is(n.Tab) || Is(n.PTab))
                        sink.Append('\t');
                    else if (Is(n.Br) || Is(n.Cr))
                        sink.Append('\n');
                    else if (Is(n.NoBreakHyphen))
                        sink.Append('-');
                    Piece(sink, before);
                }
                r.Skip();
            }
        }
    }

    /// <summary>
    /// A drawing or VML picture: only its text boxes (w:txbxContent) hold
    /// text. In a cell their paragraphs join the cell's text and their tables
    /// nest; in the body their paragraphs are paragraphs and their tables are
    /// tables of the document (a form drawn in a text box).
    /// </summary>
    void ReadShapes(CellText sink)
    {
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.TxbxContent))
                ReadTextBox(sink);
            else if (!IsW && ((object)r.NamespaceURI != n.Mc || IsWrapper))
                ReadShapes(sink);
            else
                r.Skip();
        }
    }

    void ReadTextBox(CellText sink)
    {
        // Reading a table below changes inCell; the text box sits where its anchor is.
        bool cellContext = inCell;
        int d = r.Enter();
        while (r.NextChild(d))
        {
            if (IsW && Is(n.P))
            {
                if (cellContext)
                {
                    sink.Append('\n');
                    ReadInline(sink);
                    continue;
                }
                // In the body a box's paragraphs stand above its tables, as a title does.
                var text = new CellText(limits.MaxCellChars);
                ReadInline(text);
                if (text.ToString() is { Length: > 0 } line)
                    preamble.Add(line);
            }
            else if (IsW && Is(n.Tbl))
            {
                if (cellContext)
                    ReadNestedTable();
                else
                    ReadTopTable();
                inCell = cellContext;
            }
            else if (IsWrapper)
                ReadTextBox(sink);
            else
                r.Skip();
        }
    }

    /// <summary>Notes which run the text just appended came from (locating only).</summary>
    void Piece(CellText sink, int before)
    {
        if (pieces is not null && sink.Length > before)
            pieces.Add(new TextPiece(run, before, sink.Length - before));
    }

    void ReadFieldChar()
    {
        switch (r.GetAttribute("fldCharType", r.NamespaceURI))
        {
            case "begin":
                fields.Add(false);
                codeDepth++;
                break;
            case "separate" when fields.Count > 0 && !fields[^1]:
                fields[^1] = true;
                codeDepth--;
                break;
            case "end" when fields.Count > 0:
                if (!fields[^1])
                    codeDepth--;
                fields.RemoveAt(fields.Count - 1);
                break;
        }
        r.Skip();
    }

    void ResetFields()
    {
        fields.Clear();
        codeDepth = 0;
    }

    /// <summary>Element names atomized once, so matching is a reference compare.</summary>
    sealed class Names
    {
        public Names(NameTable table)
        {
            Table = table;
            string A(string s) => table.Add(s);
            W = A(WNs); WStrict = A(WStrictNs); Mc = A(McNs);
            Document = A("document"); Body = A("body"); P = A("p"); Tbl = A("tbl"); TblGrid = A("tblGrid");
            GridCol = A("gridCol"); Tr = A("tr"); TrPr = A("trPr"); GridBefore = A("gridBefore");
            GridAfter = A("gridAfter"); Del = A("del"); Tc = A("tc"); TcPr = A("tcPr"); GridSpan = A("gridSpan");
            VMerge = A("vMerge"); HMerge = A("hMerge"); R = A("r"); T = A("t"); Tab = A("tab"); PTab = A("ptab");
            Br = A("br"); Cr = A("cr"); NoBreakHyphen = A("noBreakHyphen"); FldChar = A("fldChar");
            Sdt = A("sdt"); SdtContent = A("sdtContent"); CustomXml = A("customXml"); SmartTag = A("smartTag");
            Hyperlink = A("hyperlink"); Ins = A("ins"); MoveTo = A("moveTo"); FldSimple = A("fldSimple");
            Dir = A("dir"); Bdo = A("bdo"); Ruby = A("ruby"); RubyBase = A("rubyBase");
            AlternateContent = A("AlternateContent"); Fallback = A("Fallback"); Choice = A("Choice");
            Drawing = A("drawing"); Pict = A("pict"); TxbxContent = A("txbxContent");
        }

        public NameTable Table { get; }
        public readonly string W, WStrict, Mc, Document, Body, P, Tbl, TblGrid, GridCol, Tr, TrPr, GridBefore,
            GridAfter, Del, Tc, TcPr, GridSpan, VMerge, HMerge, R, T, Tab, PTab, Br, Cr, NoBreakHyphen, FldChar,
            Sdt, SdtContent, CustomXml, SmartTag, Hyperlink, Ins, MoveTo, FldSimple, Dir, Bdo, Ruby, RubyBase,
            AlternateContent, Fallback, Choice, Drawing, Pict, TxbxContent;
    }
}
