using System.Text;
using PerfEval.Cli;

namespace PerfEval.Tests.Cli;

/// <summary>Both paths of the console encoding decision (docs/cli.md, "Encodings").</summary>
public class ConsoleEncodingTests
{
    [Fact]
    public void A_GBK_console_on_Windows_gets_GBK_bytes()
    {
        var e = Terminal.TextEncoding(936, windows: true);
        Assert.Equal(936, e.CodePage);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Equal(Encoding.GetEncoding(936).GetBytes("附件1.docx 表12"), e.GetBytes("附件1.docx 表12"));
        Assert.Empty(e.GetPreamble());
        Assert.Equal("?", e.GetString(e.GetBytes("\U0001F600")).Replace("??", "?")); // what GBK lacks becomes '?', never an exception
    }

    [Theory]
    [InlineData(65001, true)]
    [InlineData(936, false)] // Linux and macOS terminals: always UTF-8
    [InlineData(0, true)]
    public void A_UTF8_console_and_every_other_system_get_UTF8_without_a_mark(int codePage, bool windows)
    {
        var e = Terminal.TextEncoding(codePage, windows);
        Assert.Equal(65001, e.CodePage);
        Assert.Empty(e.GetPreamble());
        Assert.Equal(Encoding.UTF8.GetBytes("表12"), e.GetBytes("表12"));
    }
}
