using PerfEval.Cli;
using PerfEval.Findings;
using static PerfEval.Tests.Rules.TestForms;
using PerfEval.Model;

namespace PerfEval.Tests.Batch;

/// <summary>The progress line's content and pacing, on a fake clock.</summary>
public class ProgressTests
{
    TimeSpan _now;

    Progress NewProgress(StringWriter w, int total, int width = 120, bool sharesScreen = false) =>
        new(w, total, () => _now, width) { SharesScreen = sharesScreen };

    static FileResult File(int forms, int findings) => new("f.docx",
        Enumerable.Range(0, findings).Select(_ => new Finding("PE001", Severity.Error, "x")).ToList(),
        Enumerable.Range(0, forms).Select(_ => Check(Make())).ToList());

    [Fact]
    public void The_line_shows_files_forms_findings_rate_and_time_left()
    {
        var w = new StringWriter();
        var p = NewProgress(w, total: 10);
        _now = TimeSpan.FromSeconds(10);
        for (int i = 0; i < 5; i++) p.Add(File(forms: 2, findings: 1));
        var line = p.Line(_now);
        Assert.StartsWith("[##########----------] 5/10 个文件", line);
        Assert.Contains("10 张表", line);
        Assert.Contains("问题 5", line);
        Assert.Contains("0.5 个/秒", line);
        Assert.Contains("剩余 0:10", line); // 5 files left at 0.5 a second
    }

    [Fact]
    public void It_redraws_in_place_at_most_ten_times_a_second_and_clears_itself()
    {
        var w = new StringWriter();
        var p = NewProgress(w, total: 100);
        for (int i = 0; i < 10; i++)
        {
            _now += TimeSpan.FromMilliseconds(20);
            p.Add(File(1, 0));
        }
        // 20 ms apart over 200 ms: drawn at 20, 120 ms (and not in between).
        Assert.Equal(2, w.ToString().Split("\r\u001b[K").Length - 1);
        Assert.DoesNotContain('\n', w.ToString());
        p.Hide();
        Assert.EndsWith("\r\u001b[K", w.ToString());
        p.Hide(); // nothing drawn: nothing to clear
        Assert.Equal(3, w.ToString().Split("\r\u001b[K").Length - 1);
    }

    [Fact]
    public void Sharing_the_screen_with_the_report_it_is_redrawn_after_every_file()
    {
        var w = new StringWriter();
        var p = NewProgress(w, total: 100, sharesScreen: true);
        for (int i = 0; i < 3; i++)
        {
            p.Hide();
            p.Add(File(1, 0));
        }
        Assert.EndsWith("3/100 个文件 · 3 张表 · 问题 0", w.ToString());
    }

    [Fact]
    public void A_narrow_terminal_gets_the_head_of_the_line()
    {
        var p = NewProgress(new StringWriter(), total: 10, width: 50);
        _now = TimeSpan.FromSeconds(2);
        p.Add(File(3, 0));
        var line = p.Line(_now);
        Assert.True(Progress.DisplayWidth(line) < 50, line);
        Assert.StartsWith("[##------------------] 1/10 个文件", line);
        Assert.DoesNotContain("剩余", line);
    }
}
