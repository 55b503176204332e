using System.Text.Json;
using PerfEval.Tests.Readers;
using PerfEval.Writers;

using static PerfEval.Tests.Support.Perfeval;

namespace PerfEval.Tests.Hostile;

/// <summary>
/// Nothing from a form or a file name reaches a terminal raw: every control
/// character (C0, DEL, C1) and bidi control, in a file name and in cell text,
/// through the text report, CSV, stderr; JSON keeps the exact text, escaped its own way.
/// </summary>
public sealed class TerminalTextTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    static IEnumerable<char> Unsafe() =>
        Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7f, 0x21)).Select(i => (char)i)
            .Concat("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029");

    public static TheoryData<int> Characters()
    {
        var data = new TheoryData<int>();
        foreach (var c in Unsafe()) data.Add(c);
        return data;
    }

    /// <summary>File names cannot hold NUL or '/'; NUL comes through cell text below.</summary>
    public static TheoryData<int> NameCharacters()
    {
        var data = new TheoryData<int>();
        foreach (var c in Unsafe().Where(c => c != '\0')) data.Add(c);
        return data;
    }

    static string Escaped(char c) => c <= '\u00ff' ? $"\\x{(int)c:x2}" : $"\\u{(int)c:x4}";

    [Theory]
    [MemberData(nameof(Characters))]
    public void Each_control_character_is_escaped_and_nothing_else(int code)
    {
        char c = (char)code;
        Assert.Equal("a" + Escaped(c) + "b", TerminalText.Escape($"a{c}b"));
        var kept = TerminalText.EscapeKeepingLines($"a{c}b");
        Assert.Equal(c is '\n' or '\t' ? $"a{c}b" : "a" + Escaped(c) + "b", kept);
    }

    [Fact]
    public void Ordinary_text_is_unchanged()
    {
        const string text = "外事宣传费 表12 第11行 C:\\data\\x.docx ‘引号’ — 100%";
        Assert.Same(text, TerminalText.Escape(text));
    }

    [Theory]
    [MemberData(nameof(NameCharacters))]
    public void A_control_character_in_a_file_name_is_escaped_in_every_format(int code)
    {
        char c = (char)code;
        var batch = Directory.CreateDirectory(_dir.File("b")).FullName;
        var name = $"单位{c}x.docx";
        File.WriteAllBytes(Path.Combine(batch, name), Array.Empty<byte>()); // PE001 文件为空: the name is what matters
        var escaped = $"单位{Escaped(c)}x.docx";

        bool lineEnd = c is '\n' or '\r';
        var text = Run("check", batch);
        Assert.Contains(escaped, text.Out);
        Assert.DoesNotContain(name, text.Out);
        if (!lineEnd) Assert.DoesNotContain(c, text.Out);

        var csv = Run("check", batch, "--format", "csv");
        if (c is not ('\n' or '\t'))
        {
            // CSV keeps line breaks and tabs inside quotes (its own escaping); everything else is escaped.
            Assert.DoesNotContain(c, csv.Out.Replace("\r\n", "\n"));
            Assert.Contains(escaped, csv.Out);
        }

        var json = Run("check", batch, "--format", "json");
        // JSON escapes every control character itself (bidi controls it may keep: JSON is for programs, as before).
        if (!lineEnd && c <= '\u00ff') Assert.DoesNotContain(c, json.Out);
        var path = JsonDocument.Parse(json.Out).RootElement.GetProperty("files")[0].GetProperty("path").GetString();
        Assert.Equal(name, Path.GetFileName(path));

        var summary = Run("summary", batch, "--out", _dir.File($"s{code}.csv"));
        Assert.Equal(1, summary.Exit);
        Assert.Contains(escaped, summary.Err);
        Assert.DoesNotContain(name, summary.Err);
        if (!lineEnd) Assert.DoesNotContain(c, summary.Err);
        Assert.Single(summary.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Control_characters_in_cell_text_are_escaped_in_text_csv_and_stderr_and_exact_in_json()
    {
        var path = _dir.File("form.xlsx");
        FastXlsx.Write(path, RoundTwo.ControlCharacters());
        // Recognition drops bidi and zero-width marks from names (issue 11); the rest reaches the model as written.
        var json = Run("check", path, "--format", "json");
        var project = JsonDocument.Parse(json.Out).RootElement.GetProperty("files")[0].GetProperty("forms")[0].GetProperty("project").GetString()!;
        Assert.Equal("外事" + RoundTwo.Hostile.Replace("\u202e", "") + "宣传", project);
        var shown = TerminalText.Escape(project);
        Assert.Contains("\\x1b[2J", shown);

        var text = Run("check", path);
        Assert.Contains(shown, text.Out);
        Assert.DoesNotContain(text.Out, ch => TerminalText.IsUnsafe(ch) && ch != '\n');

        var csv = _dir.File("s.csv");
        Run("summary", path, "--out", csv);
        var rows = File.ReadAllText(csv);
        Assert.Contains(shown, rows);
        Assert.DoesNotContain(rows, ch => TerminalText.IsUnsafe(ch) && ch is not ('\n' or '\r'));

        // A number cell holding them: PE005 quotes the cell, on stderr too (fix names what it could not write).
        var err = new StringWriter();
        new EscapingWriter(err).WriteLine("x.docx: PE005 “" + RoundTwo.Hostile + "\n伪造的一行”");
        Assert.Single(err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(err.ToString(), ch => TerminalText.IsUnsafe(ch) && ch != '\n');
    }
}
