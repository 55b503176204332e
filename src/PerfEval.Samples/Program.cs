using PerfEval.Samples;

// Writes samples/附件1.docx and samples/附件1.xlsx from the seed text; `--out DIR` writes elsewhere.
var outDir = Path.Combine(SeedText.FindRepoRoot(), "samples");
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--out" && i + 1 < args.Length)
        outDir = args[++i];
    else
    {
        Console.Error.WriteLine($"usage: PerfEval.Samples [--out DIR]   (unknown argument: {args[i]})");
        return 2;
    }
}
Directory.CreateDirectory(outDir);
var forms = SeedText.LoadDefault();
var docx = Path.Combine(outDir, "附件1.docx");
var xlsx = Path.Combine(outDir, "附件1.xlsx");
DocxSampleWriter.Write(forms, docx);
XlsxSampleWriter.Write(forms, xlsx);
Console.WriteLine($"{forms.Count} forms -> {docx}, {xlsx}");
return 0;
