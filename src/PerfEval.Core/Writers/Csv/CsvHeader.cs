namespace PerfEval.Writers.Csv;

/// <summary>Which header row a CSV carries: Chinese for people, English (stable) for scripts.</summary>
public enum CsvHeader { Zh, En }

/// <summary>A column: its two header names and how a row yields its cell (already spelled by CsvText).</summary>
public sealed record CsvColumn<T>(string En, string Zh, Func<T, string> Cell)
{
    public string Name(CsvHeader header) => header == CsvHeader.En ? En : Zh;
}
