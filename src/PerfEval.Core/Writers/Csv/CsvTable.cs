using System.Text;

namespace PerfEval.Writers.Csv;

/// <summary>
/// An RFC 4180 table: a field holding a comma, a quote, a line break or a
/// leading or trailing space is quoted (quotes doubled), records end in CRLF.
/// Injection escaping is CsvText.Text's. Written here rather than through
/// a CSV library, whose reflection-based mapping a NativeAOT build cannot
/// trim safely, for what is a dozen lines.
/// </summary>
public sealed class CsvTable<T> : IDisposable
{
    readonly TextWriter _out;
    readonly IReadOnlyList<CsvColumn<T>> _columns;
    readonly StringBuilder _line = new();

    public CsvTable(TextWriter output, IReadOnlyList<CsvColumn<T>> columns, CsvHeader header, bool writeHeader = true)
    {
        _out = output;
        _columns = columns;
        if (!writeHeader) return;
        Record(columns.Select(c => c.Name(header)));
    }

    public int Rows { get; private set; }

    public void Write(T row)
    {
        // Control characters and bidi overrides from a form are escaped (TerminalText); line breaks stay, quoted.
        // Every cell is made before any is written, so a failing one never leaves half a row.
        Record(_columns.Select(c => TerminalText.EscapeKeepingLines(c.Cell(row))).ToList());
        Rows++;
    }

    void Record(IEnumerable<string?> fields)
    {
        _line.Clear();
        bool first = true;
        foreach (var f in fields)
        {
            if (!first) _line.Append(',');
            first = false;
            Field(_line, f ?? "");
        }
        _line.Append("\r\n");
        _out.Write(_line);
    }

    static void Field(StringBuilder sb, string field)
    {
        bool quote = field.Length > 0 && (field[0] == ' ' || field[^1] == ' ' || field.AsSpan().IndexOfAny(",\"\r\n") >= 0);
        if (!quote)
        {
            sb.Append(field);
            return;
        }
        sb.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }

    public void Flush() => _out.Flush();

    public void Dispose() => _out.Flush();
}
