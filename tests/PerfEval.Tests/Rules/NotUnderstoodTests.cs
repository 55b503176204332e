using System.Text.Json;
using PerfEval.Findings;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Recognition;
using PerfEval.Writers;
using static PerfEval.Tests.Recognition.GridBuilder;

namespace PerfEval.Tests.Rules;

/// <summary>PE006: what recognition did not understand is said, with the cell and its label.</summary>
public class NotUnderstoodTests
{
    static Form Read(string[][] rows) => Assert.Single(FormRecognizer.Recognize(Doc(Table(1, TitlePreamble, rows))));

    static List<Finding> PE006(Form f) => new Checker().CheckForm(f).Findings.Where(x => x.Rule == "PE006").ToList();

    [Fact]
    public void The_national_form_is_understood_whole()
    {
        var f = Read(NationalRows());
        Assert.Empty(PE006(f));
        Assert.Empty(f.Unread);
        Assert.Contains(f.Columns, c => c.Role == ColumnRole.Executed && c.Label == "全年执行数");
        Assert.Contains(f.Columns, c => c.Role == ColumnRole.Reason && c.Label == "偏差原因分析及改进措施");
    }

    [Fact]
    public void A_header_cell_with_no_known_meaning_is_named_with_its_cell()
    {
        var rows = NationalRows().Select(r => r.Append("").ToArray()).ToArray();
        rows[9][9] = "考核方式";
        var f = Read(rows);
        var finding = Assert.Single(PE006(f));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(new CellRef(1, 10, 10), finding.Cell);
        Assert.Contains("考核方式", finding.Message);
        // The rest of the form is read as before.
        Assert.Equal(6, f.Indicators.Count);
        Assert.Equal(20m, f.Indicators[0].Score.Value);
    }

    [Fact]
    public void A_funding_block_without_an_executed_column_is_said_to_lack_it()
    {
        var rows = NationalRows();
        rows[2][5] = "资金拨付进度";
        var f = Read(rows);
        var found = PE006(f);
        Assert.Contains(found, x => x.Message.Contains("执行数") && x.Cell == new CellRef(1, 3, 4));
        Assert.Contains(found, x => x.Message.Contains("资金拨付进度") && x.Cell == new CellRef(1, 3, 6));
        Assert.Null(f.FundingTotal!.Executed.Value);
    }

    [Fact]
    public void An_indicator_block_with_no_weight_anywhere_is_said_to_lack_it()
    {
        var rows = NationalRows();
        rows[9][6] = "";
        var f = Read(rows);
        Assert.Contains(PE006(f), x => x.Message.Contains("分值（权重）") && x.Cell == f.IndicatorHeaderRef);
    }

    [Fact]
    public void Dump_shows_each_column_with_its_role_and_label()
    {
        var rows = NationalRows().Select(r => r.Append("").ToArray()).ToArray();
        rows[9][9] = "考核方式";
        using var stream = new MemoryStream();
        DumpWriter.Write(stream, "test.docx", new[] { Read(rows) });
        using var doc = JsonDocument.Parse(stream.ToArray());
        var form = doc.RootElement.GetProperty("forms")[0];
        var columns = form.GetProperty("columns").EnumerateArray()
            .Select(c => (c.GetProperty("role").GetString(), c.GetProperty("label").GetString(), c.GetProperty("cell").GetString())).ToList();
        Assert.Contains(("Executed", "全年执行数", "表1 第3行 第6列"), columns);
        Assert.Contains(("Target", "年度指标值", "表1 第10行 第5列"), columns);
        var unread = Assert.Single(form.GetProperty("notUnderstood").EnumerateArray());
        Assert.Equal("考核方式", unread.GetProperty("label").GetString());
        Assert.Equal("表1 第10行 第10列", unread.GetProperty("cell").GetString());
    }
}
