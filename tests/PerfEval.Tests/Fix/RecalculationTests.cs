using System.Globalization;
using PerfEval.Writers.Workbook;
using PerfEval.Scoring;
using PerfEval.Model;

namespace PerfEval.Tests.Fix;

/// <summary>
/// Corrected workbooks for every profile and both templates, written once and
/// recalculated once by LibreOffice for the whole class (one soffice run).
/// </summary>
public sealed class RecalculatedBooks
{
    public sealed record Book(ScoringProfile Profile, FileResult Result, byte[] Written, byte[] Recalculated);

    public Dictionary<string, Book> Books { get; } = new();

    /// <summary>Every regional variant the formulas model at once: 预算执行率 20, the 2-point deduction, the caps.</summary>
    public static readonly ScoringProfile Regional = Profiles.All["hubei"] with
    {
        Name = "regional", OverAchievementDeducts = true, ExecutionCaps = Profiles.All["capped"].ExecutionCaps,
    };

    public RecalculatedBooks()
    {
        var province = ProvinceTemplate.Load();
        var plan = new (string Name, ScoringProfile Profile, FormTemplate Template, PerfEval.Model.Form[] Forms)[]
        {
            ("national", ScoringProfile.National, FixForms.BuiltIn,
                new[] { FixForms.Mixed(), FixForms.InitialOnly(), FixForms.NoBudget(), FixForms.Capped() }),
            ("regional", Regional, FixForms.BuiltIn, new[] { FixForms.Capped(), FixForms.Mixed() }),
            ("province", ScoringProfile.National, province, new[] { FixForms.Mixed(), FixForms.InitialOnly() }),
        };
        var written = new Dictionary<string, (ScoringProfile, FileResult, byte[])>();
        foreach (var (name, profile, template, forms) in plan)
        {
            var result = FixForms.Result(profile, forms);
            written[name] = (profile, result, FixForms.Write(result, template, profile));
        }
        var recalculated = Recalculation.Recalculate(written.ToDictionary(kv => kv.Key, kv => kv.Value.Item3));
        foreach (var (name, (profile, result, bytes)) in written)
            Books[name] = new Book(profile, result, bytes, recalculated[name]);
    }
}

[Trait("Requires", "LibreOffice")]
public class RecalculationTests(RecalculatedBooks books) : IClassFixture<RecalculatedBooks>
{
    public static TheoryData<string> Names => new() { "national", "regional", "province" };

    [Theory]
    [MemberData(nameof(Names))]
    public void LibreOffice_computes_every_formula_to_the_value_perfeval_cached(string name)
    {
        var book = books.Books[name];
        var ours = SavedCells.Read(book.Written);
        var theirs = SavedCells.Read(book.Recalculated);
        int formulas = 0;
        foreach (var (sheet, cells) in ours)
        {
            foreach (var (at, cell) in cells.Where(c => c.Value.Formula is not null))
            {
                formulas++;
                Assert.True(theirs[sheet].TryGetValue(at, out var computed), $"{sheet}!{at} missing after recalculation");
                var where = $"{name} {sheet}!{at} = {cell.Formula}";
                if (cell.IsText)
                    Assert.True((computed!.Value ?? "") == (cell.Value ?? ""), $"{where}: LibreOffice {computed.Value}, perfeval {cell.Value}");
                else
                    Assert.True(computed!.Number is { } n && Math.Abs(n - cell.Number!.Value) < 0.000001m,
                        $"{where}: LibreOffice {computed.Value}, perfeval {cell.Value}");
            }
        }
        Assert.True(formulas >= 10, $"only {formulas} formulas in {name}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void LibreOffices_totals_and_grades_are_the_scoring_engines(string name)
    {
        var book = books.Books[name];
        var summary = SavedCells.Read(book.Recalculated)["汇总"];
        for (int i = 0; i < book.Result.Forms.Count; i++)
        {
            var score = book.Result.Forms[i].Score;
            Assert.Equal(score.RecomputedTotal, summary[$"G{i + 2}"].Number);
            Assert.Equal(score.Grade, summary[$"I{i + 2}"].Value);
        }
    }

    [Fact]
    public void The_profiles_change_what_the_formulas_compute()
    {
        var national = SavedCells.Read(books.Books["national"].Recalculated);
        var regional = SavedCells.Read(books.Books["regional"].Recalculated);
        Assert.Equal(95.5m, national["汇总"]["G5"].Number);
        Assert.Equal(50m, national["执行率偏低"]["H13"].Number);
        // 预算执行率 worth 20; 14 次 against ≥10 次 is 40% over: 2 points off; 55% executed caps the total at 69.
        Assert.Equal(20m, regional["执行率偏低"]["G6"].Number);
        Assert.Equal(11m, regional["执行率偏低"]["I6"].Number);
        Assert.Equal(48m, regional["执行率偏低"]["H13"].Number);
        Assert.Equal(69m, regional["汇总"]["G2"].Number);
        Assert.Equal(58.59m, regional["汇总"]["G3"].Number);
    }

    [Fact]
    public void The_province_template_puts_each_formula_on_its_own_columns()
    {
        var cells = SavedCells.Read(books.Books["province"].Written)["宣传交流工作经费"];
        Assert.Equal("IF(AND(N(C6)>0,ISNUMBER(E6)),ROUND(E6/C6,4),\"\")", cells["F6"].Formula);
        Assert.Equal("IF(AND(N(C6)>0,ISNUMBER(E6)),ROUND(MAX(G6*MIN(E6/C6,1),0),2),1.5)", cells["H6"].Formula);
        Assert.Equal("ROUND(MAX(IF(OR(N12=0,N12<=L12),E12,E12*L12/N12),0),2)", cells["H12"].Formula);
        Assert.Equal("ROUND(SUM(H6,H11:H17),2)", cells["H18"].Formula);
        Assert.Equal("SUM(G6,E11:E17)", cells["E18"].Formula);
        Assert.Equal("总分", cells["A18"].Value);
        Assert.Equal("主要经验做法", cells["B19"].Value);
        var initialOnly = SavedCells.Read(books.Books["province"].Written)["只有年初预算"];
        // Without 全年预算数 the rate divides by 年初预算数, here column D.
        Assert.Equal("IF(AND(N(D6)>0,ISNUMBER(E6)),ROUND(E6/D6,4),\"\")", initialOnly["F6"].Formula);
        Assert.Equal(1.25m, initialOnly["F6"].Number);
        Assert.DoesNotContain("说明", SavedCells.SheetNames(books.Books["province"].Written));
    }

    [Fact]
    public void The_recalculated_total_matches_the_engine_for_an_unchanged_cell_too()
    {
        var book = books.Books["national"];
        var noBudget = SavedCells.Read(book.Recalculated)["零预算项目"];
        // No budget: the formula falls back on the stated budget score, 5.
        Assert.Equal(5m, noBudget["I6"].Number);
        Assert.Equal("", noBudget["H6"].Value ?? "");
        Assert.Equal(77m.ToString(CultureInfo.InvariantCulture), noBudget["H14"].Value);
    }
}
