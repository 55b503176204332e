using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Samples;

namespace PerfEval.Bench;

/// <summary>
/// Makes the k-th form of a corpus from the 12 seed forms: another project
/// name, other numbers, and so other defects. Deterministic in k, so a corpus
/// is the same on every machine.
/// </summary>
public static partial class Variants
{
    static readonly string[] Departments =
    {
        "大同市人民政府外事办公室", "太原市财政局", "晋中市教育局", "长治市卫生健康委员会", "运城市农业农村局",
        "临汾市生态环境局", "吕梁市民政局", "忻州市交通运输局",
    };

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();

    public static SeedForm Make(IReadOnlyList<SeedForm> seed, int k)
    {
        var rng = new Random(k * 7919 + 17);
        var form = seed[k % seed.Count].Clone();
        foreach (var row in form.Rows)
        {
            var first = RowLabels.Squash(row.Count > 0 ? row[0] : "");
            if (first == "项目名称" && row.Count > 1)
            {
                row[1] = row[1].Trim() + $"（{k + 1}号）";
                continue;
            }
            if (first == "主管部门")
            {
                var dept = Departments[rng.Next(Departments.Length)];
                for (int c = 1; c < row.Count; c += 2) row[c] = dept;
                continue;
            }
            for (int c = 0; c < row.Count; c++)
            {
                // Labels (指标1：…) keep their numbers; about a third of the values change.
                if (c < 3 && row[c].Contains('：')) continue;
                if (rng.NextDouble() < 0.35) row[c] = Vary(row[c], rng);
            }
        }
        return form;
    }

    static string Vary(string text, Random rng) => Number().Replace(text, m =>
    {
        var s = m.Value;
        if (s.Length > 8) return s;
        var value = decimal.Parse(s, CultureInfo.InvariantCulture);
        int places = s.Contains('.') ? s.Length - s.IndexOf('.') - 1 : 0;
        var factor = 0.6m + (decimal)rng.Next(0, 81) / 100m;
        var changed = Math.Round(value * factor, places, MidpointRounding.AwayFromZero);
        return changed.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    });
}
