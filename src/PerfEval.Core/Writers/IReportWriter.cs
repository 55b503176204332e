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

    /// <summary>The run's closing line: the text report's last line, and the one stderr shows for the other formats.</summary>
    public string ClosingLine(TimeSpan elapsed) =>
        $"{Files} 个文件，{Forms} 张表：{Severity.Error.Chinese()} {Count(Severity.Error)}，{Severity.Warning.Chinese()} {Count(Severity.Warning)}，{Severity.Info.Chinese()} {Count(Severity.Info)}（用时 {elapsed.TotalSeconds:0.0} 秒）";
}
