using PerfEval.Pipeline;
using PerfEval.Recognition;
using static PerfEval.Tests.Recognition.GridBuilder;

namespace PerfEval.Tests.Recognition;

/// <summary>Header fields and the year as other layouts write them.</summary>
public class HeaderFieldTests
{
    [Fact]
    public void Label_and_value_in_one_cell()
    {
        var rows = NationalRows();
        rows[0] = new[] { "项目名称：城区道路维护", "<", "<", "<", "<", "<", "<", "<", "<" };
        rows[1] = new[] { "主管部门：市住建局", "<", "<", "<", "实施单位（盖章）：市政设施管理处", "<", "<", "<", "<" };
        var f = Assert.Single(FormRecognizer.Recognize(Doc(Table(1, TitlePreamble, rows))));
        Assert.Equal("城区道路维护", f.Project.Text);
        Assert.Equal("市住建局", f.Department.Text);
        Assert.Equal("市政设施管理处", f.Implementer.Text);
        Assert.DoesNotContain(new Checker().CheckForm(f).Findings, x => x.Rule == "PE003");
    }

    [Theory]
    [InlineData("主管部门及代码")]
    [InlineData("主管部门和编码")]
    [InlineData("主管部门及代码：")]
    public void A_field_label_that_says_its_value_holds_a_code_too(string label)
    {
        var rows = NationalRows();
        rows[1] = new[] { label, "市住建局 123001", "<", "<", "实施单位", "<", "市政设施管理处", "<", "<" };
        var f = Assert.Single(FormRecognizer.Recognize(Doc(Table(1, TitlePreamble, rows))));
        Assert.Equal("市住建局 123001", f.Department.Text);
    }

    [Fact]
    public void The_year_in_a_title_without_年度()
    {
        var f = Assert.Single(FormRecognizer.Recognize(Doc(Table(1, new[] { "2023年项目支出绩效自评表" }, NationalRows()))));
        Assert.Equal(2023, f.Year);
    }

    [Fact]
    public void Two_stacked_forms_with_label_value_cells_split_at_the_second_project()
    {
        var a = NationalRows();
        a[0] = new[] { "项目名称：甲项目" };
        var b = NationalRows();
        b[0] = new[] { "项目名称：乙项目" };
        var forms = FormRecognizer.Recognize(Doc(Table(1, TitlePreamble, a.Concat(b).ToArray())));
        Assert.Equal(new[] { "甲项目", "乙项目" }, forms.Select(f => f.Project.Text));
    }
}
