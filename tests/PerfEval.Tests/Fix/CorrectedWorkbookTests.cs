using ClosedXML.Excel;
using PerfEval.Writers.Workbook;
using PerfEval.Scoring;

namespace PerfEval.Tests.Fix;

/// <summary>The corrected workbook as ClosedXML and a non-calculating reader see it.</summary>
public class CorrectedWorkbookTests
{
    // The standard template with 7 indicators: rows 13–19, the 总分 row two rows up from 22.
    const int TotalRow = 20;

    static readonly Lazy<byte[]> MixedBook = new(() => FixForms.Write(null, FixForms.Mixed()));

    static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    [Fact]
    public void Sheets_are_the_forms_then_summary_then_issues_and_it_opens_on_the_summary()
    {
        var bytes = FixForms.Write(null, FixForms.Mixed(), FixForms.NoBudget());
        Assert.Equal(new[] { "宣传交流工作经费", "零预算项目", "汇总", "问题清单" }, SavedCells.SheetNames(bytes));
        using var book = Open(bytes);
        Assert.Equal(new[] { "汇总" }, book.Worksheets.Where(w => w.TabSelected).Select(w => w.Name));
        Assert.Empty(book.NamedRanges); // the template's names do not survive into the output
    }

    [Fact]
    public void Execution_rate_and_budget_score_are_formulas_with_the_engines_values_cached()
    {
        var cells = SavedCells.Read(MixedBook.Value)["宣传交流工作经费"];
        Assert.Equal("IF(AND(N(E6)>0,ISNUMBER(F6)),ROUND(F6/E6,4),\"\")", cells["H6"].Formula);
        Assert.Equal(0.1545m, cells["H6"].Number);
        Assert.Equal("IF(AND(N(E6)>0,ISNUMBER(F6)),ROUND(MAX(G6*MIN(F6/E6,1),0),2),1.5)", cells["I6"].Formula);
        Assert.Equal(1.55m, cells["I6"].Number);
        Assert.Equal(11m, cells["E6"].Number);
        Assert.Equal(1.7m, cells["F6"].Number);
        // The 其中 row repeats the total row's figures by reference.
        Assert.Equal("H6", cells["H7"].Formula);
        Assert.Equal(0.1545m, cells["H7"].Number);
        Assert.Equal("—", cells["G8"].Value);
    }

    [Fact]
    public void Indicator_scores_use_the_aligned_numbers_in_the_helper_columns()
    {
        var cells = SavedCells.Read(MixedBook.Value)["宣传交流工作经费"];
        // 接待费用 8万 / =1.3万 under 成本指标: reverse.
        Assert.Equal("8万", cells["E14"].Value);
        Assert.Equal("=1.3万", cells["F14"].Value);
        Assert.True(cells["F14"].IsText);
        Assert.Equal(8m, cells["J14"].Number);
        Assert.Equal(1.3m, cells["K14"].Number);
        Assert.Equal("ROUND(MAX(IF(OR(K14=0,K14<=J14),G14,G14*J14/K14),0),2)", cells["H14"].Formula);
        Assert.Equal(12.5m, cells["H14"].Number);
        // 交流活动 ≥10批 / 8批: positive.
        Assert.Equal("ROUND(MAX(IF(J15=0,IF(K15>=0,G15,0),G15*MIN(K15/J15,1)),0),2)", cells["H15"].Formula);
        Assert.Equal(8m, cells["H15"].Number);
        // 1万 against 9000元: the helper holds 0.9 in the target's unit.
        Assert.Equal(1m, cells["J18"].Number);
        Assert.Equal(0.9m, cells["K18"].Number);
        Assert.Equal(9m, cells["H18"].Number);
        // A qualitative score stays a number, clamped to its weight; no helper numbers.
        Assert.Null(cells["H16"].Formula);
        Assert.Equal(10m, cells["H16"].Number);
        Assert.False(cells.TryGetValue("J16", out var j) && j.Value is not null);
        Assert.Equal("指标值(数)", cells["J12"].Value);
    }

    [Fact]
    public void Total_and_weight_sum_are_live_sums_of_the_items()
    {
        var cells = SavedCells.Read(MixedBook.Value)["宣传交流工作经费"];
        Assert.Equal("总分", cells[$"A{TotalRow}"].Value);
        Assert.Equal("ROUND(SUM(I6,H13:H19),2)", cells[$"H{TotalRow}"].Formula);
        Assert.Equal(57.05m, cells[$"H{TotalRow}"].Number);
        Assert.Equal("SUM(G6,G13:G19)", cells[$"G{TotalRow}"].Formula);
        Assert.Equal(72.5m, cells[$"G{TotalRow}"].Number);
    }

    [Fact]
    public void Changed_cells_are_filled_and_carry_the_original_value_and_rule()
    {
        using var book = Open(MixedBook.Value);
        var ws = book.Worksheet("宣传交流工作经费");
        string? Note(string at) => ws.Cell(at).HasComment ? ws.Cell(at).Comment.Text : null;
        bool Filled(string at) => ws.Cell(at).Style.Fill.BackgroundColor.Color.ToArgb() == XLColor.FromHtml("#" + SheetStyle.ChangedFillRgb).Color.ToArgb();

        Assert.Equal("原值 0.26（PE202）", Note("H14"));
        Assert.Equal("原值 10（PE209）", Note("H15")); // an unmet target scored full
        Assert.Equal("原值 12（PE201、PE203）", Note("H16"));
        Assert.StartsWith("原值 47.84（", Note($"H{TotalRow}"));
        Assert.Contains("PE304", Note($"H{TotalRow}"));
        // 1.5 for 1.545 is more than 0.01 off (PE104); the cell now shows 1.55.
        Assert.StartsWith("原值 1.5（", Note("I6"));
        Assert.Contains("原值 100（", Note($"G{TotalRow}"));
        foreach (var at in new[] { "H14", "H15", "H16", "I6", $"H{TotalRow}", $"G{TotalRow}" }) Assert.True(Filled(at), at);
        foreach (var at in new[] { "H6", "H13", "H17", "H18", "H19", "G6", "E14" })
        {
            Assert.Null(Note(at));
            Assert.False(Filled(at), at);
        }
    }

    [Fact]
    public void Texts_are_kept_as_text_and_merged_levels_follow_the_form()
    {
        using var book = Open(MixedBook.Value);
        var ws = book.Worksheet("宣传交流工作经费");
        Assert.Equal("宣传交流工作经费", ws.Cell("B3").GetString());
        Assert.Contains("（ 2021 年度）", ws.Cell("A2").GetString());
        Assert.Equal("=1次", ws.Cell("F13").GetString());
        Assert.False(ws.Cell("F13").HasFormula);
        Assert.Equal("疫情影响", ws.Cell("I13").GetString());
        // 绩效指标 spans its header and every indicator row; 产出指标 its five rows.
        Assert.Equal("A12:A19", ws.Cell("A12").MergedRange().RangeAddress.ToString());
        Assert.Equal("B13:B17", ws.Cell("B13").MergedRange().RangeAddress.ToString());
        Assert.Equal("产出指标", ws.Cell("B13").GetString());
        Assert.Equal("效益指标", ws.Cell("B18").GetString());
        Assert.Equal("A20:F20", ws.Cell($"A{TotalRow}").MergedRange().RangeAddress.ToString());
        Assert.Equal("项目绩效分析", ws.Cell($"A{TotalRow + 1}").GetString());
    }

    [Fact]
    public void More_indicators_than_the_template_has_rows_push_the_rest_down()
    {
        var many = Enumerable.Range(1, 12).Select(i =>
            Rules.TestForms.Ind("数量指标", $"指标{i}：次数", "10次", "9次", "7.5", "6.75")).ToList();
        var form = Rules.TestForms.Make(indicators: many, statedTotal: "91");
        var bytes = FixForms.Write(null, form);
        var cells = SavedCells.Read(bytes)["测试项目"];
        Assert.Equal("总分", cells["A25"].Value);
        Assert.Equal("ROUND(SUM(I6,H13:H24),2)", cells["H25"].Formula);
        Assert.Equal(91m, cells["H25"].Number);
        Assert.Equal("指标12：次数", cells["D24"].Value);
        using var book = Open(bytes);
        var ws = book.Worksheet("测试项目");
        Assert.Equal("A12:A24", ws.Cell("A12").MergedRange().RangeAddress.ToString());
        Assert.Equal("B13:B24", ws.Cell("B13").MergedRange().RangeAddress.ToString());
        Assert.Equal("C13:C24", ws.Cell("C13").MergedRange().RangeAddress.ToString());
        Assert.Equal("数量指标", ws.Cell("C13").GetString());
    }

    [Fact]
    public void Each_sheet_prints_on_A4_portrait_one_page_wide_with_its_header_rows_repeated()
    {
        using var book = Open(MixedBook.Value);
        foreach (var ws in book.Worksheets)
        {
            var page = ws.PageSetup;
            Assert.Equal(XLPaperSize.A4Paper, page.PaperSize);
            Assert.Equal(XLPageOrientation.Portrait, page.PageOrientation);
            Assert.Equal(1, page.PagesWide);
            Assert.Equal(0, page.PagesTall);
            Assert.Equal(1, page.FirstRowToRepeatAtTop);
            Assert.True(page.Margins.Left <= 0.75);
        }
        var form = book.Worksheet("宣传交流工作经费");
        Assert.Equal("$A$1:$I$27", form.PageSetup.PrintAreas.Single().RangeAddress.ToString());
        Assert.All(Enumerable.Range(1, 9), c => Assert.True(form.Column(c).Width >= 5));
    }

    [Fact]
    public void Summary_lists_every_form_with_live_totals_and_grades()
    {
        var bytes = FixForms.Write(null, FixForms.Mixed(), FixForms.NoBudget());
        var sum = SavedCells.Read(bytes)["汇总"];
        Assert.Equal("项目", sum["C1"].Value);
        Assert.Equal("宣传交流工作经费", sum["C2"].Value);
        Assert.Equal(47.84m, sum["E2"].Number);
        Assert.Equal("'宣传交流工作经费'!H20", sum["G2"].Formula);
        Assert.Equal(57.05m, sum["G2"].Number);
        Assert.Equal(9.21m, sum["H2"].Number);
        Assert.Equal("不评级", sum["I2"].Value); // its weights do not add up to 100
        Assert.Equal("零预算项目", sum["C3"].Value);
        Assert.Equal(72m, sum["G3"].Number); // no budget: the budget item scores 0 (PE108), not the stated 5
        Assert.Equal("中", sum["I3"].Value);
    }

    [Fact]
    public void Issue_list_has_one_row_per_finding_pointing_into_both_files()
    {
        var result = FixForms.Result(null, FixForms.Mixed());
        var bytes = FixForms.Write(result);
        var issues = SavedCells.Read(bytes)["问题清单"];
        var findings = result.Forms.Single().Findings;
        Assert.Equal("规则", issues["D1"].Value);
        for (int i = 0; i < findings.Count; i++)
        {
            int row = i + 2;
            Assert.Equal(findings[i].Rule, issues[$"D{row}"].Value);
            Assert.Equal(findings[i].Message, issues[$"H{row}"].Value);
            Assert.Equal(findings[i].LocationText("表1"), issues[$"F{row}"].Value);
        }
        Assert.False(issues.ContainsKey($"D{findings.Count + 2}"));
        int pe202 = findings.ToList().FindIndex(f => f.Rule == "PE202");
        Assert.Equal("宣传交流工作经费!H14", issues[$"G{pe202 + 2}"].Value);
        Assert.Equal("错误", issues[$"E{pe202 + 2}"].Value);
        Assert.Equal(12.5m, issues[$"I{pe202 + 2}"].Number);
        Assert.Equal(0.26m, issues[$"J{pe202 + 2}"].Number);
    }

    [Fact]
    public void Sheet_names_are_valid_and_unique()
    {
        var names = new SheetNames();
        names.Reserve("汇总");
        Assert.Equal("汇总(2)", names.Take("汇总", 1));
        Assert.Equal("a_b_c_d_e_f_g", names.Take("a[b]c:d*e?f/g", 2));
        Assert.Equal("表3", names.Take("  ''  ", 3));
        var longName = new string('长', 40);
        var first = names.Take(longName, 4);
        var second = names.Take(longName, 5);
        Assert.Equal(31, first.Length);
        Assert.Equal(31, second.Length);
        Assert.EndsWith("(2)", second);
        Assert.Equal("表6_history", names.Take("history", 6)); // Excel reserves History: SafeNames.SheetName renames it
        Assert.All(new[] { first, second }, n => Assert.True(SheetNames.IsValid(n)));
        Assert.Equal("x_", names.Take("'x\\'", 7));
    }

    [Fact]
    public void Two_forms_of_one_project_get_two_sheets()
    {
        var bytes = FixForms.Write(null, FixForms.Mixed("同名项目"), FixForms.Mixed("同名项目"));
        Assert.Equal(new[] { "同名项目", "同名项目(2)", "汇总", "问题清单" }, SavedCells.SheetNames(bytes));
        Assert.Equal("'同名项目(2)'!H20", SavedCells.Read(bytes)["汇总"]["G3"].Formula);
    }

    [Fact]
    public void Another_profile_sets_the_budget_weight_and_caps_the_total()
    {
        var hubei = Profiles.All["hubei"];
        // The form states a budget weight of 10 and is scored on it (PE105 tells hubei wants 20); a blank one takes the profile's.
        var cells = SavedCells.Read(FixForms.Write(hubei, FixForms.Mixed()))["宣传交流工作经费"];
        Assert.Equal(10m, cells["G6"].Number);
        Assert.Equal(1.55m, cells["I6"].Number);
        var blank = Rules.TestForms.Make(total: Rules.TestForms.Funding(PerfEval.Model.FundingKind.Total, "11", "11", "1.7", "", "15.45%", "1.5"));
        var blankCells = SavedCells.Read(FixForms.Write(hubei, blank))[SavedCells.SheetNames(FixForms.Write(hubei, blank))[0]];
        Assert.Equal(20m, blankCells["G6"].Number);
        Assert.Equal(3.09m, blankCells["I6"].Number);

        var capped = Profiles.All["capped"];
        var total = SavedCells.Read(FixForms.Write(capped, FixForms.Capped()))["执行率偏低"]["H16"];
        Assert.Contains("MIN(", total.Formula);
        Assert.Equal(69m, total.Number);
    }

    [Fact]
    public void Hostile_texts_stay_inert_text()
    {
        var ind = Rules.TestForms.Ind("数量指标", "=HYPERLINK(\"http://x\",\"点我\")", "+5次", "@SUM(1)", "90", "90",
            reason: "行一\u0001行二\v行三");
        var form = Rules.TestForms.Make(indicators: new() { ind }, project: "项目\u0007A", goalExpected: new string('长', 40000));
        var bytes = FixForms.Write(null, form);
        var sheet = SavedCells.SheetNames(bytes)[0];
        Assert.Equal("项目A", sheet); // SafeNames.SheetName drops control characters, as it does from file names
        var cells = SavedCells.Read(bytes)[sheet];
        Assert.Null(cells["D13"].Formula);
        Assert.Equal("=HYPERLINK(\"http://x\",\"点我\")", cells["D13"].Value);
        Assert.Equal("+5次", cells["E13"].Value);
        Assert.Equal("@SUM(1)", cells["F13"].Value);
        Assert.StartsWith("行一", cells["I13"].Value);
        Assert.Equal(32767, cells["B11"].Value!.Length); // Excel's limit for a cell
        using var book = Open(bytes);
        Assert.Equal(100m, SavedCells.Read(bytes)[sheet]["H14"].Number);
    }

    [Fact]
    public void The_year_goes_into_the_templates_year_line()
    {
        Assert.Equal("填列单位（公章）：  （ 2021 年度）", YearLine.Fill("填列单位（公章）：  （      年度）", 2021));
        Assert.Equal("（ 2020 年度）", YearLine.Fill("", 2020));
        Assert.Equal("自评表（ 2019 年度）", YearLine.Fill("自评表(2018年度)", 2019));
    }
}
