using PerfEval.Findings;
using PerfEval.Model;

namespace PerfEval.Writers;

/// <summary>A `check` report, written file by file in input order so nothing waits for the whole batch.</summary>
public interface IReportWriter : IDisposable
{
    void Write(FileResult file);
    void Finish(TimeSpan elapsed);
}

/// <summary>Counts for closing lines and summaries.</summary>
public sealed class RunTotals
{
    readonly int[] _bySeverity = new int[3];
    public int Files { get; private set; }
    public int Forms { get; private set; }

    public void Add(FileResult file)
    {
        Files++;
        Forms += file.Forms.Count;
        foreach (var f in file.AllFindings) _bySeverity[(int)f.Severity]++;
    }

    public int Count(Severity s) => _bySeverity[(int)s];
}
