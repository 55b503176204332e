using System.Text;
using CsCheck;
using PerfEval.Writers;

namespace PerfEval.Tests.Hostile;

/// <summary>Project names are untrusted: whatever they hold, the names made from them are safe to create.</summary>
public sealed class SafeNamesTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-names-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("..", "form")]
    [InlineData(".hidden", "hidden")]
    [InlineData("-rf 项目", "rf 项目")]
    [InlineData("CON", "_CON")]
    [InlineData("nul.txt", "_nul.txt")]
    [InlineData("com1 .xlsx", "_com1 .xlsx")]
    [InlineData("LPT¹", "_LPT¹")]
    [InlineData("a\\b/c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
    [InlineData("报告\u202Excod.exe", "报告xcod.exe")] // a right-to-left override that would disguise the extension
    [InlineData("宣传交流工作经费", "宣传交流工作经费")]
    [InlineData("name. ", "name")]
    [InlineData("", "form")]
    [InlineData("\t\r\n", "form")]
    public void FileName(string project, string expected) => Assert.Equal(expected, SafeNames.FileName(project));

    [Fact]
    public void A_long_Chinese_name_is_cut_on_a_character_within_the_byte_budget()
    {
        var name = SafeNames.FileName(new string('经', 200) + "😀");
        Assert.True(Encoding.UTF8.GetByteCount(name) <= SafeNames.MaxFileNameBytes);
        Assert.Equal(SafeNames.MaxFileNameBytes / 3, name.Length);
        Assert.All(name, c => Assert.Equal('经', c));
    }

    [Theory]
    [InlineData("宣传交流工作经费", "宣传交流工作经费")]
    [InlineData("预算[2021]:执行*情况?/\\", "预算_2021__执行_情况___")]
    [InlineData("'引号'", "引号")]
    [InlineData("History", "表_History")]
    [InlineData("''", "表")]
    public void SheetName(string project, string expected) => Assert.Equal(expected, SafeNames.SheetName(project));

    [Fact]
    public void Sheet_names_are_made_unique_ignoring_case_within_31_characters()
    {
        var used = new HashSet<string>();
        var long31 = new string('费', 40);
        Assert.Equal("Form", SafeNames.SheetName("Form", used));
        Assert.Equal("form(2)", SafeNames.SheetName("form", used));
        Assert.Equal("FORM(3)", SafeNames.SheetName("FORM", used));
        Assert.Equal(new string('费', 31), SafeNames.SheetName(long31, used));
        Assert.Equal(new string('费', 28) + "(2)", SafeNames.SheetName(long31, used));
        Assert.All(used, u => Assert.InRange(u.Length, 1, SafeNames.MaxSheetName));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"点我\")", "'=HYPERLINK(\"http://x\",\"点我\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("宣传交流工作经费", "宣传交流工作经费")]
    [InlineData("", "")]
    public void SpreadsheetText(string text, string expected) => Assert.Equal(expected, SafeNames.SpreadsheetText(text));

    [Fact]
    public void Any_name_stays_inside_its_folder_and_can_be_created()
    {
        Gen.String[Gen.Char, 0, 300].Select(s => s).Sample(text =>
        {
            var name = SafeNames.FileName(text);
            Assert.NotEqual("", name);
            Assert.DoesNotContain('/', name);
            Assert.DoesNotContain('\\', name);
            Assert.False(name.StartsWith('.') || name.StartsWith('-'), name);
            Assert.True(Encoding.UTF8.GetByteCount(name) <= SafeNames.MaxFileNameBytes);
            var path = Path.Combine(_dir, name);
            Assert.Equal(_dir, Path.GetDirectoryName(Path.GetFullPath(path)));
            File.WriteAllText(path, "x");
            File.Delete(path);

            var sheet = SafeNames.SheetName(text);
            Assert.InRange(sheet.Length, 1, SafeNames.MaxSheetName);
            Assert.False(sheet.IndexOfAny("[]:*?/\\".ToCharArray()) >= 0 || sheet.StartsWith('\'') || sheet.EndsWith('\''), sheet);
        }, iter: 500, threads: 1);
    }
}
