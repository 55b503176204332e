using PerfEval.Pipeline;
using PerfEval.Samples;
using PerfEval.Model;

namespace PerfEval.Tests.Support;

/// <summary>The seed's clean form 5 (公益二类…, total 100) with a change, written as a real .docx and checked.</summary>
public static class SeedVariant
{
    public static FormResult Check(string folder, Action<List<List<string>>> change)
    {
        var form = SeedText.LoadDefault()[4].Clone();
        change(form.Rows);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".docx");
        DocxSampleWriter.Write(new[] { form }, path);
        return Assert.Single(new Checker().Check(path).Forms);
    }
}
