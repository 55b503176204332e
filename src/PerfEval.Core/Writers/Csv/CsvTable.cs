using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using PerfEval.Writers;

namespace PerfEval.Writers.Csv;

/// <summary>
/// An RFC 4180 table over CsvHelper: quoting of commas, quotes and line
/// breaks is CsvHelper's; injection escaping is ours (CsvText.Text), since
/// CsvHelper's own escaping would also mangle negative numbers.
/// </summary>
public sealed class CsvTable<T> : IDisposable
{
    readonly CsvWriter _csv;
    readonly IReadOnlyList<CsvColumn<T>> _columns;

    public CsvTable(TextWriter output, IReadOnlyList<CsvColumn<T>> columns, CsvHeader header, bool writeHeader = true)
    {
        _columns = columns;
        // NewLine stays unset: CsvHelper then quotes a field holding a lone \n or \r,
        // whereas with NewLine set it quotes only fields holding that exact sequence.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None };
        _csv = new CsvWriter(output, config, leaveOpen: true);
        if (!writeHeader) return;
        foreach (var c in columns) _csv.WriteField(c.Name(header));
        _csv.NextRecord();
    }

    public int Rows { get; private set; }

    public void Write(T row)
    {
        // Control characters and bidi overrides from a form are escaped (TerminalText); line breaks stay, quoted.
        // Every cell is made before any is written, so a failing one never leaves half a row.
        var cells = _columns.Select(c => TerminalText.EscapeKeepingLines(c.Cell(row))).ToList();
        foreach (var cell in cells) _csv.WriteField(cell);
        _csv.NextRecord();
        Rows++;
    }

    public void Flush() => _csv.Flush();

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }
}
