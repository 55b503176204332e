using PerfEval.Pipeline;
using PerfEval.Recognition;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Recognition.GridBuilder;

namespace PerfEval.Tests.Recognition;

/// <summary>
/// Labels copied out of web systems carry invisible characters. Each one, put
/// into 项目名称, the 得分 header and 总分, leaves the form read as if it were
/// not there; a name made only of them is blank.
/// </summary>
public sealed class InvisibleCharacterTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Invisible() => new()
    {
        "\u200B", "\u200C", "\u200D", "\u200E", "\u200F",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E",
        "\u2060", "\u2061", "\u2062", "\u2063", "\u2064",
        "\uFEFF", "\u00AD",
    };

    static string[][] Rows(string x)
    {
        var rows = NationalRows(project: "测试" + x + "项目");
        rows[0][0] = "项目" + x + "名称";
        rows[9][7] = "得" + x + "分";
        rows[17][0] = x + "总分";
        rows[10][6] = "2" + x + "0";
        return rows;
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void An_invisible_character_in_a_label_or_a_number_changes_nothing(string x)
    {
        var path = LayoutFiles.Docx(_dir.File("form.docx"), TitlePreamble[0], TitlePreamble[1], Rows(x));
        var r = Assert.Single(new Checker().Check(path).Forms);
        Assert.Equal("测试项目", r.Form.Project.Text);
        Assert.Equal(6, r.Form.Indicators.Count);
        Assert.Equal(20m, r.Form.Indicators[0].Weight.Value);
        Assert.Equal(20m, r.Form.Indicators[0].Score.Value);
        Assert.Equal(100m, r.Form.StatedTotal.Value);
        Assert.Empty(r.Findings);
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    public void Keys_drop_the_character(string x)
    {
        Assert.Equal("得分", TextNorm.Key("得" + x + "分"));
        Assert.Equal("", TextNorm.Clean(x + x));
        Assert.Equal("a b", TextNorm.Clean("a" + x + " b"));
    }

    [Fact]
    public void A_project_name_of_only_invisible_characters_is_blank()
    {
        var rows = NationalRows(project: "\u200B\u200C\uFEFF\u00AD");
        var r = Assert.Single(new Checker().CheckForm(Assert.Single(FormRecognizer.Recognize(Doc(Table(1, TitlePreamble, rows))))).Findings,
            f => f.Rule == "PE003");
        Assert.Contains("项目名称", r.Message);
    }
}
