using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Samples;
using PerfEval.Writers.Workbook;

namespace PerfEval.Tests.Fix;

public class TemplateTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-template-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static string Committed(string ext) => Path.Combine(SeedText.FindRepoRoot(), "templates", "自评表模板" + ext);

    /// <summary>Both files with the packaging's random ids and times made fixed, as bytes.</summary>
    byte[] Normalized(string path, string name)
    {
        var copy = Path.Combine(_dir, name);
        File.Copy(path, copy, overwrite: true);
        PackageNormalizer.Normalize(copy);
        return File.ReadAllBytes(copy);
    }

    [Theory]
    [InlineData(".xlsx")]
    [InlineData(".docx")]
    public void The_committed_template_is_what_the_builder_writes(string ext)
    {
        var fresh = Path.Combine(_dir, "fresh" + ext);
        using (var file = File.Create(fresh))
        {
            if (ext == ".xlsx") TemplateBuilder.WriteXlsx(file);
            else TemplateBuilder.WriteDocx(file);
        }
        Assert.True(Normalized(Committed(ext), "committed" + ext).SequenceEqual(Normalized(fresh, "built" + ext)),
            $"templates/自评表模板{ext} is stale: dotnet run --project src/PerfEval.Cli -- template --out templates/自评表模板{ext} --force");
    }

    [Fact]
    public void The_xlsx_template_names_every_cell_fix_fills()
    {
        using var book = new XLWorkbook(Committed(".xlsx"));
        var names = book.NamedRanges.Select(n => n.Name).ToHashSet();
        var expected = new[]
        {
            TemplateNames.Year, TemplateNames.Project, TemplateNames.Department, TemplateNames.Implementer,
            TemplateNames.GoalExpected, TemplateNames.GoalActual, TemplateNames.IndicatorArea,
            TemplateNames.TotalWeight, TemplateNames.Total, TemplateNames.TotalRemark,
        }
            .Concat(TemplateNames.FundingColumns.SelectMany(c => TemplateNames.FundingRows.Select(r => TemplateNames.Funding(c, r))))
            .Concat(TemplateNames.IndicatorColumns.Except(new[] { TemplateNames.TargetNumber, TemplateNames.ActualNumber }))
            .Concat(TemplateNames.Analysis);
        Assert.Equal(new List<string>(), expected.Where(n => !names.Contains(n)).ToList());

        var t = FormTemplate.BuiltIn();
        Assert.Equal((13, 21, 9), (t.AreaFirst, t.AreaLast, t.FormLastCol));
        Assert.Equal((10, 11), (t.TargetNumberCol, t.ActualNumberCol));
        Assert.Equal(new Pos(22, 8), t.Find(TemplateNames.Total));
        Assert.Equal("总分", book.Worksheet(TemplateBuilder.SheetName).Cell("A22").GetString());
        Assert.Equal("得分", book.Worksheet(TemplateBuilder.SheetName).Cell("I5").GetString());
    }

    [Fact]
    public void The_docx_template_is_one_table_of_the_standard_rows()
    {
        using var doc = WordprocessingDocument.Open(Committed(".docx"), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("项目支出绩效自评表", paragraphs[0]);
        Assert.Contains("年度", paragraphs[1]);
        var table = Assert.Single(body.Elements<Table>());
        Assert.Equal(9, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(StandardLayout.LastRow - StandardLayout.TableFirstRow + 1, rows.Count);
        // Every row covers the 9 grid columns once.
        Assert.All(rows, r => Assert.Equal(9, r.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
        var texts = rows.Select(r => string.Join("|", r.Elements<TableCell>().Select(c => string.Join("", c.Elements<Paragraph>().Select(p => p.InnerText))))).ToList();
        Assert.Equal("项目名称|", texts[0]);
        Assert.Equal("|年度资金总额||||10||", texts[3]);
        Assert.StartsWith("绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|", texts[9]);
        Assert.Equal("总分|100||", texts[19]);
    }

    [Theory]
    [InlineData(".xlsx")]
    [InlineData(".docx")]
    public void The_blank_template_reads_back_as_one_empty_form(string ext)
    {
        var result = new PerfEval.Pipeline.Checker().Check(Committed(ext));
        Assert.Empty(result.Findings); // neither PE001 nor PE002
        var form = Assert.Single(result.Forms).Form;
        Assert.True(form.Project.IsEmpty);
        Assert.Empty(form.Indicators);
        Assert.Equal(10m, form.FundingTotal!.Weight.Value);
        Assert.Equal(100m, form.TotalWeight.Value);
        Assert.Contains(Assert.Single(result.Forms).Findings, f => f.Rule == "PE003");
    }

    [Fact]
    public void A_template_without_the_required_names_is_refused_naming_them()
    {
        var ex = Assert.Throws<TemplateException>(() => ProvinceTemplate.Load((book, _) =>
        {
            book.NamedRanges.Delete(TemplateNames.Total);
            book.NamedRanges.Delete(TemplateNames.Funding("执行率", "总额"));
        }));
        Assert.Contains(TemplateNames.Total, ex.Message);
        Assert.Contains("执行率_总额", ex.Message);
    }

    [Fact]
    public void Indicator_names_must_share_the_first_indicator_row()
    {
        var ex = Assert.Throws<TemplateException>(() => ProvinceTemplate.Load((book, ws) =>
        {
            book.NamedRanges.Delete(TemplateNames.Score);
            book.NamedRanges.Add(TemplateNames.Score, ws.Range("H12"));
        }));
        Assert.Contains(TemplateNames.Score, ex.Message);
    }

    [Fact]
    public void A_name_inside_the_indicator_area_is_refused()
    {
        var ex = Assert.Throws<TemplateException>(() => ProvinceTemplate.Load((book, ws) =>
        {
            book.NamedRanges.Delete(TemplateNames.TotalRemark);
            book.NamedRanges.Add(TemplateNames.TotalRemark, ws.Range("C12"));
        }));
        Assert.Contains("指标区", ex.Message);
    }

    [Fact]
    public void Names_on_two_sheets_are_refused()
    {
        var ex = Assert.Throws<TemplateException>(() => ProvinceTemplate.Load((book, _) =>
        {
            book.NamedRanges.Delete(TemplateNames.Department);
            book.NamedRanges.Add(TemplateNames.Department, book.Worksheet("说明").Range("B2"));
        }));
        Assert.Contains(TemplateNames.Department, ex.Message);
    }

    [Fact]
    public void Something_that_is_not_a_workbook_is_refused()
    {
        var path = Path.Combine(_dir, "bad.xlsx");
        File.WriteAllText(path, "not a zip");
        Assert.Throws<TemplateException>(() => FormTemplate.Load(path));
        Assert.Throws<TemplateException>(() => FormTemplate.Load(Path.Combine(_dir, "missing.xlsx")));
        Assert.Throws<TemplateException>(() => FormTemplate.Load(Committed(".docx")));
    }
}
