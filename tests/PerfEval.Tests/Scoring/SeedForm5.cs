using PerfEval.Model;
using PerfEval.Config;
using PerfEval.Pipeline;
using PerfEval.Samples;

namespace PerfEval.Tests.Scoring;

/// <summary>
/// The seed's form 5 (公益二类…: budget 45.5 万 all spent, 10 + 4 × 12.5 + 30 + 2 × 5,
/// total 100) as a submitter would change it, written as a real .docx (or .xlsx)
/// and checked under a configuration — the way the cases of issue 12 were tried.
/// </summary>
public sealed class SeedForm5 : IDisposable
{
    // Rows of seed form 5 and the columns of its indicator rows.
    public const int Funding = 3, Goals = 8, Quantity = 10, Quality = 11, Timeliness = 12, Cost = 13, Benefit = 14,
        Satisfaction1 = 15, Satisfaction2 = 16, Total = 18, ExecutionAnalysis = 19;
    public const int Name = 3, Target = 4, Actual = 5, Weight = 6, Score = 7, Reason = 8;
    // Columns of the funding row.
    public const int Initial = 2, FullYear = 3, Executed = 4, BudgetWeight = 5, Rate = 6, BudgetScore = 7;

    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-scoring-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>One indicator row rewritten: name, target, actual, weight, score (null keeps a cell).</summary>
    public static void Row(List<List<string>> rows, int row, string? name = null, string? target = null, string? actual = null,
        string? weight = null, string? score = null, string? reason = null, string? level2 = null)
    {
        var r = rows[row];
        if (name is not null) r[Name] = name;
        if (target is not null) r[Target] = target;
        if (actual is not null) r[Actual] = actual;
        if (weight is not null) r[Weight] = weight;
        if (score is not null) r[Score] = score;
        if (reason is not null) r[Reason] = reason;
        if (level2 is not null) r[2] = level2;
    }

    /// <summary>The stated 总分 (and its remark).</summary>
    public static void StatedTotal(List<List<string>> rows, string total, string? remark = null)
    {
        rows[Total][2] = total;
        if (remark is not null) rows[Total][3] = remark;
    }

    public string Write(Action<List<List<string>>> change, string ext = ".docx", string? name = null)
    {
        var form = SeedText.LoadDefault()[4].Clone();
        change(form.Rows);
        var path = Path.Combine(_dir, (name ?? Guid.NewGuid().ToString("N")) + ext);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (ext == ".xlsx") XlsxSampleWriter.Write(new[] { form }, path);
        else DocxSampleWriter.Write(new[] { form }, path);
        return path;
    }

    public FormResult Check(Action<List<List<string>>> change, string config = "{}", string ext = ".docx")
    {
        var path = Write(change, ext);
        return Assert.Single(new Checker(Settings.Parse(config)).Check(path).Forms);
    }

    public string Folder => _dir;
}
