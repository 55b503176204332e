using System.Globalization;
using PerfEval.Samples;

namespace PerfEval.Tests.Batch;

/// <summary>
/// A folder of generated .docx and .xlsx files (200 forms in subfolders, plus a broken
/// file and a non-input), built once per test class: the seed's forms under new
/// project names, three departments and varied execution amounts.
/// </summary>
public sealed class GeneratedFolder : IDisposable
{
    public const int Files = 40, FormsPerFile = 5;
    public static readonly string[] Departments = { "甲市财政局", "乙市教育局", "丙市卫生健康委员会" };

    public string Root { get; } = Directory.CreateTempSubdirectory("perfeval-batch-").FullName;

    public GeneratedFolder()
    {
        var seed = SeedText.LoadDefault();
        for (int f = 0; f < Files; f++)
        {
            var forms = new List<SeedForm>();
            for (int i = 0; i < FormsPerFile; i++)
            {
                int n = f * FormsPerFile + i;
                forms.Add(Vary(seed[n % seed.Count], n));
            }
            var dir = Path.Combine(Root, $"区县{f % 4}");
            Directory.CreateDirectory(dir);
            // One file in five a workbook, so both readers run in the batch.
            if (f % 5 == 4) XlsxSampleWriter.Write(forms, Path.Combine(dir, $"单位{f:000}.xlsx"));
            else DocxSampleWriter.Write(forms, Path.Combine(dir, $"单位{f:000}.docx"));
        }
        File.WriteAllBytes(Path.Combine(Root, "损坏.docx"), new byte[] { 0x50, 0x4b, 3, 4, 0, 0 });
        File.WriteAllText(Path.Combine(Root, "说明.txt"), "不是输入文件");
    }

    public int FormCount => Files * FormsPerFile;

    public static string ProjectName(int n) => $"生成项目{n:000}";

    /// <summary>A copy of a seed form with project n's name, a department by n, and its own execution amount.</summary>
    public static SeedForm Vary(SeedForm seed, int n)
    {
        var form = seed.Clone();
        SetRight(form, "项目名称", ProjectName(n));
        SetRight(form, "主管部门", Departments[n % Departments.Length]);
        var (row, col) = Find(form, "年度资金总额");
        // 全年执行数 sits three cells right of the label: 年初预算数, 全年预算数, 全年执行数.
        if (decimal.TryParse(form.Rows[row][col + 2], NumberStyles.Number, CultureInfo.InvariantCulture, out var budget) && budget > 0)
            form.Rows[row][col + 3] = Math.Round(budget * (n % 11) / 10m, 2).ToString(CultureInfo.InvariantCulture);
        return form;
    }

    static void SetRight(SeedForm form, string label, string value)
    {
        var (row, col) = Find(form, label);
        form.Rows[row][col + 1] = value;
    }

    static (int Row, int Col) Find(SeedForm form, string label)
    {
        for (int r = 0; r < form.Rows.Count; r++)
            for (int c = 0; c < form.Rows[r].Count; c++)
                if (form.Rows[r][c].Replace(" ", "").Trim() == label) return (r, c);
        throw new InvalidOperationException($"seed form {form.Project} has no {label}");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
