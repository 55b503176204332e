using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Scoring;
using PerfEval.Tests.Readers;
using PerfEval.Tests.Support;
using static PerfEval.Tests.Support.WordXml;
using PerfEval.Writers.Docx;

namespace PerfEval.Tests.DocxFix;

/// <summary>The corrector on small hand-made documents: how it cuts runs, finds merged cells and shares the package.</summary>
public sealed class DocxCorrectorTests : IDisposable
{
    static readonly DateTime Date = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    string Doc(string name, string body, Action<MainDocumentPart>? more = null) => WordXml.Write(_dir.File(name), body, more);

    static Form MinimalForm(string location, CellRef? project = null) => new()
    {
        Index = 1,
        Location = location,
        Project = new TextField("测试项目", project),
        Department = TextField.Empty,
        Implementer = TextField.Empty,
        Indicators = Array.Empty<Indicator>(),
    };

    static FileResult Result(string path, Form form, params Finding[] findings) =>
        new(path, Array.Empty<Finding>(), new[] { new FormResult(form, ScoringEngine.Score(form, ScoringProfile.National), findings) });

    static Finding Score(CellRef at, decimal expected) => new("PE202", Severity.Error, "得分不符", at, expected, null);
    static Finding Note(CellRef at, string message) => new("PE204", Severity.Warning, message, at);

    sealed record Fixed(string Output, int Changed, int Comments, IReadOnlyList<Finding> Unplaced);

    Fixed Fix(string input, FileResult result)
    {
        var path = _dir.File(Path.GetFileNameWithoutExtension(input) + ".out.docx");
        DocxCorrection done;
        using (var output = File.Create(path)) done = new DocxCorrector(Date).Write(input, result, output);
        return new Fixed(path, done.Changed, done.Comments, done.Unplaced);
    }

    static TableCell CellWith(Body body, string text) =>
        body.Descendants<TableCell>().Single(c => c.Elements<Paragraph>().Any(p => p.InnerText.Contains(text)) && !c.Descendants<Table>().Any());

    static string ReadBack(string path, int grid, int row, int col) =>
        Checker.Read(path).Grids[grid].Rows[row - 1].Cells[col - 1].Text;

    [Fact]
    public void A_number_inside_formatted_text_is_cut_out_and_replaced_in_the_same_formatting()
    {
        var input = Doc("a.docx", Table(Tr(Tc(P(R("项目名称"))), Tc(P(R("7.85分", "<w:b/><w:sz w:val=\"28\"/>"))))));
        var done = Fix(input, Result(input, MinimalForm("表1"), Score(new CellRef(1, 1, 2), 10m)));

        Assert.Equal(1, done.Changed);
        using var doc = WordprocessingDocument.Open(done.Output, false);
        var tc = CellWith(doc.MainDocumentPart!.Document.Body!, "分");
        Assert.Equal("7.85", WordCells.Deleted(tc));
        Assert.Equal("10", WordCells.Inserted(tc));
        var inserted = tc.Descendants<InsertedRun>().Single().GetFirstChild<Run>()!.RunProperties!;
        Assert.NotNull(inserted.Bold);
        Assert.Equal("28", inserted.FontSize!.Val!.Value);
        Assert.Equal("10分", ReadBack(done.Output, 0, 1, 2));
    }

    [Fact]
    public void A_number_spread_over_runs_is_deleted_as_one()
    {
        var input = Doc("b.docx", Table(Tr(Tc(P(R("项目名称"))), Tc(P(R("=", "<w:i/>") + R("7", "<w:b/>") + R(".85") + R(" 分"))))));
        var done = Fix(input, Result(input, MinimalForm("表1"), Score(new CellRef(1, 1, 2), 10m)));

        using var doc = WordprocessingDocument.Open(done.Output, false);
        var tc = CellWith(doc.MainDocumentPart!.Document.Body!, "分");
        var deletion = Assert.Single(tc.Descendants<DeletedRun>());
        Assert.Equal(2, deletion.Elements<Run>().Count());
        Assert.Equal("7.85", WordCells.Deleted(tc));
        Assert.NotNull(tc.Descendants<InsertedRun>().Single().GetFirstChild<Run>()!.RunProperties!.Bold);
        Assert.Equal("=10 分", ReadBack(done.Output, 0, 1, 2));
    }

    [Fact]
    public void A_blank_cell_gets_the_value_in_its_paragraph_formatting()
    {
        var blank = "<w:p><w:pPr><w:rPr><w:ins w:id=\"90\" w:author=\"x\"/><w:sz w:val=\"24\"/></w:rPr></w:pPr></w:p>";
        var input = Doc("c.docx", Table(Tr(Tc(P(R("项目名称"))), Tc(blank))));
        var done = Fix(input, Result(input, MinimalForm("表1"), Score(new CellRef(1, 1, 2), 3m)));

        using var doc = WordprocessingDocument.Open(done.Output, false);
        var tc = doc.MainDocumentPart!.Document.Body!.Descendants<TableCell>().ElementAt(1);
        Assert.Empty(tc.Descendants<DeletedRun>());
        var run = tc.Descendants<InsertedRun>().Single().GetFirstChild<Run>()!;
        Assert.Equal("3", run.InnerText);
        Assert.Equal("24", run.RunProperties!.FontSize!.Val!.Value);
        Assert.Empty(run.RunProperties.Elements<Inserted>());
        Assert.Equal("3", ReadBack(done.Output, 0, 1, 2));
    }

    [Fact]
    public void Shifted_spanned_merged_and_deleted_rows_are_addressed_as_the_reader_addresses_them()
    {
        var grid = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>";
        var body = "<w:tbl>" + grid
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Tc(P(R("甲")), "<w:gridSpan w:val=\"2\"/>") + Tc(P(R("乙"))) + "</w:tr>"
            + "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"x\"/></w:trPr>" + Tc(P(R("删")), "<w:gridSpan w:val=\"4\"/>") + "</w:tr>"
            + Tr(Tc(P(R("丙")), "<w:vMerge w:val=\"restart\"/>"), Tc(P(R("丁")), "<w:gridSpan w:val=\"3\"/>"))
            + Tr(Tc(P(""), "<w:vMerge/>"), Tc(P(R("戊")), "<w:gridSpan w:val=\"3\"/>"))
            + "</w:tbl>";
        var input = Doc("d.docx", body);
        // What the reader shows at the positions the findings name.
        Assert.Equal("甲", ReadBack(input, 0, 1, 3));
        Assert.Equal("乙", ReadBack(input, 0, 1, 4));
        Assert.Equal("丙", ReadBack(input, 0, 3, 1));

        var done = Fix(input, Result(input, MinimalForm("表1"),
            Note(new CellRef(1, 1, 3), "甲处"), Note(new CellRef(1, 1, 4), "乙处"), Note(new CellRef(1, 3, 1), "丙处"), Note(new CellRef(1, 2, 3), "丁处")));

        Assert.Empty(done.Unplaced);
        using var doc = WordprocessingDocument.Open(done.Output, false);
        var b = doc.MainDocumentPart!.Document.Body!;
        foreach (var (text, note) in new[] { ("甲", "甲处"), ("乙", "乙处"), ("丙", "丙处"), ("丁", "丁处") })
            Assert.Contains(WordCells.Comments(doc, CellWith(b, text)), c => c.Contains(note));
        Assert.Empty(WordCells.Comments(doc, CellWith(b, "删")));
    }

    [Fact]
    public void Cells_of_a_nested_table_are_found_through_the_form_location()
    {
        var nested = Table(Tr(Tc(P(R("内11"))), Tc(P(R("内12")))), Tr(Tc(P(R("内21"))), Tc(P(R("内22")))));
        var input = Doc("e.docx", Table(Tr(Tc(P(R("外11"))), Tc(nested + P("")))) + P(R("间隔")) + Table(Tr(Tc(P(R("表二"))))));
        var read = Checker.Read(input).Grids.Single(g => g.Name == "表1-1");
        Assert.Equal(new CellRef(1, 2, 2), read.Rows[1].Cells[1].Ref);
        Assert.Equal("内22", read.Rows[1].Cells[1].Text);
        var done = Fix(input, Result(input, MinimalForm("表1-1"), Note(new CellRef(1, 2, 2), "嵌套")));

        Assert.Empty(done.Unplaced);
        using var doc = WordprocessingDocument.Open(done.Output, false);
        Assert.Contains(WordCells.Comments(doc, CellWith(doc.MainDocumentPart!.Document.Body!, "内22")), c => c.Contains("嵌套"));
    }

    [Fact]
    public void A_finding_without_a_cell_goes_on_the_project_name_and_one_off_the_table_is_reported()
    {
        var input = Doc("f.docx", Table(Tr(Tc(P(R("项目名称"))), Tc(P(R("测试项目"))))));
        var whole = new Finding("PE003", Severity.Warning, "整张表的问题");
        var outside = Note(new CellRef(1, 9, 9), "表外");
        var done = Fix(input, Result(input, MinimalForm("表1", new CellRef(1, 1, 2)), whole, outside));

        Assert.Equal(outside, Assert.Single(done.Unplaced));
        using var doc = WordprocessingDocument.Open(done.Output, false);
        Assert.Contains(WordCells.Comments(doc, CellWith(doc.MainDocumentPart!.Document.Body!, "测试项目")), c => c.Contains("PE003") && c.Contains("整张表的问题"));
    }

    [Fact]
    public void An_existing_comments_part_is_extended_and_ids_stay_unique()
    {
        var body = Table(Tr(Tc(P("<w:commentRangeStart w:id=\"0\"/>" + R("项目名称") + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>")),
            Tc(P("<w:ins w:id=\"7\" w:author=\"张三\">" + R("4") + "</w:ins>"))));
        var input = Doc("g.docx", body, main =>
        {
            var part = main.AddNewPart<WordprocessingCommentsPart>();
            part.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("人工批注")))) { Id = "0", Author = "李四" });
            part.Comments.Save();
        });
        var done = Fix(input, Result(input, MinimalForm("表1"), Score(new CellRef(1, 1, 2), 5m)));

        using (var doc = WordprocessingDocument.Open(done.Output, false))
        {
            var comments = doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>().ToList();
            Assert.Equal(new[] { "李四", "perfeval" }, comments.Select(c => c.Author!.Value));
            var ids = doc.MainDocumentPart.Document.Body!.Descendants().Where(e => e is InsertedRun or DeletedRun)
                .Select(e => e.GetAttribute("id", W).Value).Concat(comments.Select(c => c.Id!.Value)).ToList();
            Assert.Equal(5, ids.Count); // 张三's insertion, our deletion and insertion, 李四's comment and ours
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(comments.Skip(1), c => Assert.True(int.Parse(c.Id!.Value!) > 7));
            var tc = CellWith(doc.MainDocumentPart.Document.Body!, "5");
            Assert.Equal("4", WordCells.Deleted(tc));
            Assert.Single(doc.MainDocumentPart.Parts, p => p.OpenXmlPart is WordprocessingCommentsPart);
        }
        var before = WordCells.Entries(input).ToDictionary(e => e.Name, e => e.Bytes);
        var after = WordCells.Entries(done.Output);
        Assert.Equal(before.Keys, after.Select(e => e.Name));
        foreach (var (name, bytes) in after.Where(e => e.Name.Contains("_rels") || e.Name.StartsWith('[')))
            Assert.True(before[name].AsSpan().SequenceEqual(bytes), name + " changed although the comments part existed");
    }

    [Fact]
    public void Without_findings_the_copy_is_identical()
    {
        var input = Doc("h.docx", Table(Tr(Tc(P(R("项目名称"))), Tc(P(R("测试项目"))))));
        var done = Fix(input, Result(input, MinimalForm("表1")));
        var before = WordCells.Entries(input);
        var after = WordCells.Entries(done.Output);
        Assert.Equal(before.Select(e => e.Name), after.Select(e => e.Name));
        Assert.All(before.Zip(after), p => Assert.True(p.First.Bytes.AsSpan().SequenceEqual(p.Second.Bytes), p.First.Name));
    }
}
