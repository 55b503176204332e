namespace PerfEval.Tests.EndToEnd;

/// <summary>forms.md "The seed, recomputed": what a correct checker finds in the 12 seed forms.</summary>
public static class SeedTable
{
    /// <summary>Grade is null where the weights do not add up to 100 (issue 12: no grade on another scale).</summary>
    public sealed record Row(int Index, string Project, decimal? Stated, decimal ItemSum, decimal Weights,
        decimal Recomputed, string? Grade, string[] Codes);

    static string[] C(params (string Code, int Times)[] codes) =>
        codes.SelectMany(c => Enumerable.Repeat(c.Code, c.Times)).OrderBy(c => c, StringComparer.Ordinal).ToArray();

    // Issue 12 changed, form by form: 1 PE104 (1.5 for 1.5455: item scores match within 0.01) and PE403;
    // 2 a third PE202 (4.5 for 4.5454), PE209 (99% scored full), PE211 (cost target = budget 14), PE106, PE403;
    // 5, 7, 9 PE210 (every actual = target, full marks); 6, 10, 11, 12 PE106 and PE403; 10 PE212 (a cost
    // indicator named only 指标1：). Forms 1, 2, 3, 4 and 8 (weights 85, 75, 10) get no grade.
    public static readonly Row[] Rows =
    {
        new(1, "宣传交流工作经费", 47.84m, 47.84m, 85m, 72.55m, null, C(("PE104", 1), ("PE301", 1), ("PE202", 2), ("PE204", 3), ("PE304", 1), ("PE403", 1))),
        // Form 2 also draws PE402 once the narrative count check exists (forms.md): it does.
        new(2, "驻村帮扶工作人员经费", 69m, 69m, 75m, 71.00m, null, C(("PE106", 1), ("PE202", 3), ("PE204", 2), ("PE209", 1), ("PE211", 1), ("PE301", 1), ("PE304", 1), ("PE402", 1), ("PE403", 1))),
        new(3, "赴台工作经费", 0m, 0m, 10m, 0m, null, C(("PE004", 1))),
        new(4, "因公出国（境）费", null, 0m, 10m, 0m, null, C(("PE004", 1), ("PE303", 1))),
        new(5, "公益二类事业单位政府购买服务", 100m, 100m, 100m, 100m, "优", C(("PE210", 1))),
        new(6, "对台工作特费", 72.13m, 72.13m, 100m, 78.62m, "中", C(("PE104", 1), ("PE106", 1), ("PE202", 3), ("PE204", 3), ("PE304", 1), ("PE403", 1))),
        new(7, "残疾人就业保障金", 100m, 100m, 100m, 100m, "优", C(("PE210", 1))),
        new(8, "两节慰问费", 0m, 0m, 10m, 0m, null, C(("PE004", 1))),
        new(9, "专项事务工作经费", 99.38m, 99.38m, 100m, 99.38m, "优", C(("PE210", 1))),
        new(10, "外事培训费", 72.35m, 72.35m, 100m, 74.28m, "中", C(("PE104", 1), ("PE106", 1), ("PE202", 2), ("PE204", 2), ("PE212", 1), ("PE304", 1), ("PE403", 1))),
        new(11, "外事接待费", 72.45m, 74.49m, 100m, 76.64m, "中", C(("PE103", 1), ("PE106", 1), ("PE202", 1), ("PE302", 1), ("PE204", 3), ("PE304", 1), ("PE403", 1))),
        new(12, "外事宣传费", 87.4m, 84.7m, 100m, 84.71m, "良", C(("PE106", 1), ("PE302", 1), ("PE204", 2), ("PE304", 1), ("PE403", 1))),
    };

    /// <summary>Forms 1 and 2 also draw PE207 (info): their level weights differ from 50/30/10.</summary>
    public static readonly int[] LevelWeightInfo = { 1, 2 };
}
