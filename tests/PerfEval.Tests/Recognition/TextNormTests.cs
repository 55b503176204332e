using System.Text;
using PerfEval.Recognition;
using PerfEval.Samples;

namespace PerfEval.Tests.Recognition;

/// <summary>
/// TextNorm.Key folds common form text without ICU; it must give exactly
/// what NFKC followed by dropping white space gives, on any input.
/// </summary>
public class TextNormTests
{
    // The invisible characters the issue lists, written out here rather than taken from TextNorm.
    const string Invisible = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\uFEFF\u00AD";

    static string Reference(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c) && !Invisible.Contains(c)) sb.Append(c);
        return sb.ToString();
    }

    // Noncharacters (U+FFFE) make ICU throw; Key must do the same, not fold them.
    static string Outcome(Func<string, string> key, string s)
    {
        try { return key(s); }
        catch (ArgumentException e) { return "throws " + e.GetType().Name; }
    }

    [Fact]
    public void Every_single_character_keys_as_NFKC_does()
    {
        var wrong = new List<string>();
        for (int i = 0; i <= 0xFFFF; i++)
        {
            if (char.IsSurrogate((char)i)) continue;
            var s = ((char)i).ToString();
            if (Outcome(TextNorm.Key, s) != Outcome(Reference, s)) wrong.Add($"U+{i:X4}");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Mixed_strings_key_as_NFKC_does()
    {
        // Characters the fast path folds, next to ones that compose or decompose (é, か+゛, Hangul jamo, ①, ℃).
        var pool = "项目名称年度预算数执行率得分指标值（）：％＞＝≥≤≦≧—…、。【】《》“”×÷° \t\n\u00A0\u3000\u200B\u2002"
            + "abcXYZ019.:%()=<>-/e\u0301\u304B\u3099\u1100\u1161\u11A8\u2460\u2103\uFF21\uFF10\u2F00\uF900\uFB01\u00BD\u0041\u030A";
        var rng = new Random(12345);
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[rng.Next(1, 12)];
            for (int i = 0; i < chars.Length; i++) chars[i] = pool[rng.Next(pool.Length)];
            var s = new string(chars);
            Assert.Equal(Reference(s), TextNorm.Key(s));
        }
    }

    [Fact]
    public void The_seed_document_keys_as_NFKC_does()
    {
        var text = File.ReadAllText(Path.Combine(SeedText.FindRepoRoot(), SeedText.SeedPath));
        foreach (var line in text.Split('\n'))
            Assert.Equal(Reference(line), TextNorm.Key(line));
        Assert.Equal("项目资金(万元)", TextNorm.Key("项目资金\n（万元）"));
        Assert.Equal("......", TextNorm.Key("……"));
    }

    [Fact]
    public void Text_that_needs_no_change_comes_back_as_is()
    {
        const string s = "年初预算数";
        Assert.Same(s, TextNorm.Key(s));
        Assert.Equal("", TextNorm.Key(null));
        Assert.Equal("", TextNorm.Key(" \u3000\n"));
    }
}
