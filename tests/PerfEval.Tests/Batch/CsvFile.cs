using System.Globalization;
using System.Text;
using CsvHelper;

namespace PerfEval.Tests.Batch;

/// <summary>A CSV file read back with an RFC 4180 reader, as a spreadsheet or script would.</summary>
public sealed class CsvFile
{
    public required byte[] Bytes { get; init; }
    public required string[] Header { get; init; }
    public required List<string[]> Rows { get; init; }

    public bool HasBom => Bytes.Length >= 3 && Bytes[0] == 0xEF && Bytes[1] == 0xBB && Bytes[2] == 0xBF;

    public static CsvFile Read(string path, Encoding? encoding = null) => Parse(File.ReadAllBytes(path), encoding);

    public static CsvFile Parse(byte[] bytes, Encoding? encoding = null)
    {
        var text = (encoding ?? new UTF8Encoding(false)).GetString(bytes).TrimStart('\uFEFF');
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        return new CsvFile { Bytes = bytes, Header = rows[0], Rows = rows.Skip(1).ToList() };
    }

    public string Cell(string[] row, string column)
    {
        int i = Array.IndexOf(Header, column);
        if (i < 0) throw new ArgumentException($"no column {column} in {string.Join(',', Header)}");
        return row[i];
    }

    public decimal? Number(string[] row, string column) =>
        Cell(row, column) is { Length: > 0 } s ? decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture) : null;
}
