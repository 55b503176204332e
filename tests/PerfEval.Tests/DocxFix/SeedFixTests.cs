using System.Security.Cryptography;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Cli;
using PerfEval.Findings;
using PerfEval.Pipeline;
using PerfEval.Samples;
using PerfEval.Model;

using PerfEval.Tests.Support;

namespace PerfEval.Tests.DocxFix;

/// <summary>Runs `fix --docx` once on a copy of samples/附件1.docx; the tests read what it wrote.</summary>
public sealed class FixedSeed : IDisposable
{
    public static readonly DateTime Date = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    public FixedSeed()
    {
        Directory.CreateDirectory(Folder);
        Input = Path.Combine(Folder, "附件1.docx");
        File.Copy(Path.Combine(SeedText.FindRepoRoot(), "samples", "附件1.docx"), Input);
        InputHash = SHA256.HashData(File.ReadAllBytes(Input));
        Original = new Checker().Check(Input);
        var io = new Io(Out, Err);
        Exit = FixDocx.Run(io, new[] { Input }, Path.Combine(Folder, "out"), new Checker(), Date);
        Output = Path.Combine(Folder, "out", "附件1.corrected.docx");
        Accepted = Path.Combine(Folder, "accepted", "附件1.accepted.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(Accepted)!);
        WordCells.Accept(Output, Accepted);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "perfeval-docxfix-" + Guid.NewGuid().ToString("N"));
    public string Input { get; }
    public byte[] InputHash { get; }
    public FileResult Original { get; }
    public StringWriter Out { get; } = new();
    public StringWriter Err { get; } = new();
    public int Exit { get; }
    public string Output { get; }
    public string Accepted { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public class SeedFixTests(FixedSeed seed) : IClassFixture<FixedSeed>
{
    static readonly string[] Numeric = { "PE103", "PE104", "PE202", "PE302", "PE303", "PE304" };
    static readonly string[] TotalRules = { "PE302", "PE303", "PE304" };

    /// <summary>Every cell perfeval must correct on the seed, with the value it must hold afterwards.</summary>
    IEnumerable<(Grid.CellRef Cell, string Old, decimal New, string Why)> Expected()
    {
        foreach (var form in seed.Original.Forms)
        {
            foreach (var f in form.Findings.Where(f => f.Rule is "PE103" or "PE104" or "PE202"))
                yield return (f.Cell!, form.Form.FundingTotal!.Rate.Ref == f.Cell ? form.Form.FundingTotal.Rate.Raw
                    : form.Form.FundingTotal.Score.Ref == f.Cell ? form.Form.FundingTotal.Score.Raw
                    : form.Form.Indicators.Single(i => i.Score.Ref == f.Cell).Score.Raw, f.Expected!.Value, $"form {form.Form.Index} {f.Rule}");
            if (form.Findings.Any(f => TotalRules.Contains(f.Rule)))
                yield return (form.Form.StatedTotal.Ref!, form.Form.StatedTotal.Raw, form.Score.RecomputedTotal, $"form {form.Form.Index} total");
        }
    }

    [Fact]
    public void The_run_reports_what_it_wrote_and_fails_on_the_seed_errors()
    {
        Assert.Equal(App.Findings, seed.Exit);
        Assert.Equal("", seed.Err.ToString());
        Assert.True(File.Exists(seed.Output));
        Assert.Contains("附件1.corrected.docx", seed.Out.ToString());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(seed.Output)!, "*.tmp"));
    }

    [Fact]
    public void The_input_is_untouched()
    {
        Assert.Equal(seed.InputHash, SHA256.HashData(File.ReadAllBytes(seed.Input)));
    }

    [Fact]
    public void Each_correction_is_a_deletion_and_an_insertion_by_perfeval_in_its_cell()
    {
        using var doc = WordprocessingDocument.Open(seed.Output, false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var expected = Expected().ToList();
        Assert.Equal(20, expected.Count); // forms.md: PE202 ×10, PE104 ×2, PE103 ×1 and 7 totals
        foreach (var (cell, old, value, why) in expected)
        {
            var tc = WordCells.At(body, cell);
            Assert.True(old.Trim() == WordCells.Deleted(tc), $"{why} at {cell}: deleted '{WordCells.Deleted(tc)}', stated '{old}'");
            var inserted = WordCells.Inserted(tc);
            Assert.True(value == decimal.Parse(inserted.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture), $"{why} at {cell}: inserted '{inserted}'");
            foreach (var mark in tc.Descendants<InsertedRun>().Select(r => (r.Author?.Value, r.Date?.Value))
                         .Concat(tc.Descendants<DeletedRun>().Select(r => (r.Author?.Value, r.Date?.Value))))
                Assert.Equal(("perfeval", (DateTime?)FixedSeed.Date), (mark.Item1, mark.Item2?.ToUniversalTime()));
            var deletion = tc.Descendants<DeletedRun>().LastOrDefault();
            if (deletion is not null) Assert.IsType<InsertedRun>(deletion.NextSibling());
        }
        // The rate keeps its % sign; the blank total of form 4 gets an insertion only.
        Assert.EndsWith("%", WordCells.Inserted(WordCells.At(body, seed.Original.Forms[10].Form.FundingTotal!.Rate.Ref!)));
        var blank = WordCells.At(body, seed.Original.Forms[3].Form.StatedTotal.Ref!);
        Assert.Empty(blank.Descendants<DeletedRun>());
        Assert.Equal("0", WordCells.Inserted(blank));
    }

    [Fact]
    public void Every_finding_is_a_comment_on_its_cell_and_human_only_findings_change_nothing()
    {
        using var doc = WordprocessingDocument.Open(seed.Output, false);
        var body = doc.MainDocumentPart!.Document.Body!;
        foreach (var form in seed.Original.Forms)
        {
            foreach (var f in form.Findings)
            {
                var tc = WordCells.At(body, f.Cell!);
                var comments = WordCells.Comments(doc, tc);
                Assert.True(comments.Any(c => c.Contains(f.Rule) && c.Contains(f.Message)), $"form {form.Form.Index} {f.Rule} at {f.Cell}");
                if (f.Rule is "PE204" or "PE301" or "PE402" or "PE004" or "PE207")
                    Assert.True(tc.Descendants<InsertedRun>().Count() + tc.Descendants<DeletedRun>().Count() == 0, $"{f.Rule} at {f.Cell} was changed");
            }
        }
        var part = doc.MainDocumentPart.WordprocessingCommentsPart!;
        var ids = part.Comments.Elements<Comment>().Select(c => c.Id!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Single(body.Descendants<CommentReference>(), r => r.Id!.Value == id));
        Assert.All(part.Comments.Elements<Comment>(), c => Assert.Equal("perfeval", c.Author!.Value));
    }

    [Fact]
    public void The_corrected_document_is_valid_OpenXml()
    {
        using var doc = WordprocessingDocument.Open(seed.Output, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description + " @ " + e.Path?.XPath).ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Only_the_document_comments_relationships_and_content_types_parts_differ()
    {
        var before = WordCells.Entries(seed.Input);
        var after = WordCells.Entries(seed.Output);
        var changed = new[] { "word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml" };
        Assert.Equal(before.Select(e => e.Name), after.Select(e => e.Name).Where(n => n != "word/comments.xml"));
        Assert.Contains(after, e => e.Name == "word/comments.xml");
        foreach (var (name, bytes) in before.Where(e => !changed.Contains(e.Name)))
            Assert.True(bytes.AsSpan().SequenceEqual(after.Single(e => e.Name == name).Bytes), name + " changed");
    }

    [Fact]
    public void Rejecting_every_change_gives_back_the_original_document_xml()
    {
        var rejected = Path.Combine(seed.Folder, "rejected.docx");
        WordCells.Reject(seed.Output, rejected);
        XDocument Main(string path) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(
            WordCells.Entries(path).Single(e => e.Name == "word/document.xml").Bytes).TrimStart('\uFEFF'));
        Assert.True(XNode.DeepEquals(Main(seed.Input).Root, Main(rejected).Root), "the document outside the corrected cells changed");
    }

    [Fact]
    public void With_the_changes_accepted_no_numeric_error_remains()
    {
        foreach (var path in new[] { seed.Accepted, seed.Output })
        {
            var again = new Checker().Check(path);
            Assert.Equal(seed.Original.Forms.Count, again.Forms.Count);
            var left = again.AllFindings.Where(f => Numeric.Contains(f.Rule)).Select(f => $"{f.Rule} {f.Cell}").ToList();
            Assert.True(left.Count == 0, $"{path}: {string.Join("; ", left)}");
            foreach (var (before, after) in seed.Original.Forms.Zip(again.Forms))
                if (before.Findings.Any(f => TotalRules.Contains(f.Rule)))
                    Assert.Equal(before.Score.RecomputedTotal, after.Form.StatedTotal.Value);
        }
    }

    [Trait("Requires", "LibreOffice")]
    [Fact]
    public void LibreOffice_keeps_the_revisions_and_reads_the_accepted_numbers()
    {
        var lo = Path.Combine(seed.Folder, "lo");
        Directory.CreateDirectory(lo);
        var converted = LibreOffice.Convert("docx", lo, seed.Output, seed.Accepted);

        // LibreOffice rewrote the document from its own model: the revisions and comments survived it, so it read them as such.
        using (var doc = WordprocessingDocument.Open(converted[0], false))
        using (var ours = WordprocessingDocument.Open(seed.Output, false))
        {
            int Count<T>(WordprocessingDocument d) where T : DocumentFormat.OpenXml.OpenXmlElement =>
                d.MainDocumentPart!.Document.Body!.Descendants<T>().Count(e => e.GetAttributes().Any(a => a.LocalName == "author" && a.Value == "perfeval"));
            Assert.Equal(Count<InsertedRun>(ours), Count<InsertedRun>(doc));
            Assert.Equal(Count<DeletedRun>(ours), Count<DeletedRun>(doc));
            Assert.Equal(ours.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>().Count(),
                doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>().Count());
        }

        var accepted = new Checker().Check(converted[1]);
        Assert.DoesNotContain(accepted.AllFindings, f => Numeric.Contains(f.Rule));
        foreach (var (before, after) in seed.Original.Forms.Zip(accepted.Forms))
        {
            if (before.Findings.Any(f => TotalRules.Contains(f.Rule)))
                Assert.Equal(before.Score.RecomputedTotal, after.Form.StatedTotal.Value);
            foreach (var f in before.Findings.Where(f => f.Rule == "PE202"))
                Assert.Equal(f.Expected, after.Form.Indicators.Single(i => i.Score.Ref == f.Cell).Score.Value);
        }
    }
}

public class SeedRefinementTests(FixedSeed seed) : IClassFixture<FixedSeed>
{
    [Fact]
    public void Scores_within_tolerance_are_set_to_the_values_the_corrected_total_adds_up()
    {
        using var doc = WordprocessingDocument.Open(seed.Output, false);
        var body = doc.MainDocumentPart!.Document.Body!;
        int refined = 0;
        foreach (var form in seed.Original.Forms.Where(f => f.Findings.Any(x => x.Rule is "PE302" or "PE304")))
        {
            var items = form.Score.Indicators.Where(i => i.Rounded is not null).Select(i => (Stated: i.Indicator.Score, Value: i.Rounded!.Value))
                .Append((Stated: form.Form.FundingTotal!.Score, Value: form.Score.BudgetScore));
            foreach (var (stated, value) in items.Where(i => i.Stated.Value != i.Value && !form.Findings.Any(f => f.Cell == i.Stated.Ref)))
            {
                var tc = WordCells.At(body, stated.Ref!);
                Assert.Equal(stated.Raw, WordCells.Deleted(tc));
                Assert.Equal(value, decimal.Parse(WordCells.Inserted(tc), System.Globalization.CultureInfo.InvariantCulture));
                Assert.Contains(WordCells.Comments(doc, tc), c => c.Contains("一并修订"));
                refined++;
            }
        }
        Assert.True(refined > 0, "the seed has stated scores within tolerance (form 1 budget score 1.5 for 1.545)");
    }
}
