using static PerfEval.Writers.Csv.CsvText;
using PerfEval.Model;

namespace PerfEval.Writers.Csv;

/// <summary>
/// `summary --by department`: one row per 主管部门, in order of first
/// appearance. Budget and execution are the sums of the forms' amounts
/// (全年预算数, else 年初预算数), the rate is their quotient, so every column
/// can be re-derived when shards' roll-ups are combined. A form whose weights do
/// not add up to 100 has no grade (不评级): it is counted in `ungraded` and left
/// out of the mean, whose scale it does not share (mean × (forms − ungraded) is
/// the sum of the graded totals).
/// </summary>
public sealed class DepartmentRollup
{
    public const string Unnamed = "（未填主管部门）";

    public sealed class Department
    {
        public required string Name { get; init; }
        public int Forms { get; set; }
        public decimal Budget { get; set; }
        public decimal Executed { get; set; }
        /// <summary>The sum of the graded forms' recomputed totals.</summary>
        public decimal TotalScore { get; set; }
        public int[] Grades { get; } = new int[4];
        /// <summary>Forms with no grade (weights not 100): not in the mean.</summary>
        public int Ungraded { get; set; }

        public decimal? Rate => Budget > 0m ? Executed / Budget : null;
        public decimal? MeanScore => Forms - Ungraded > 0 ? TotalScore / (Forms - Ungraded) : null;
    }

    static readonly string[] GradeNames = { "优", "良", "中", "差" };

    public static IReadOnlyList<CsvColumn<Department>> Columns { get; } = new CsvColumn<Department>[]
    {
        new("department", "主管部门", d => Text(d.Name)),
        new("forms", "表数", d => Number(d.Forms)),
        new("budget", "预算数合计", d => Number(d.Budget)),
        new("executed", "执行数合计", d => Number(d.Executed)),
        new("execution_rate", "执行率（%）", d => Percent(d.Rate)),
        new("mean_recomputed_total", "平均重算总分", d => Score(d.MeanScore)),
        new("excellent", "优", d => Number(d.Grades[0])),
        new("good", "良", d => Number(d.Grades[1])),
        new("fair", "中", d => Number(d.Grades[2])),
        new("poor", "差", d => Number(d.Grades[3])),
        new("ungraded", "不评级", d => Number(d.Ungraded)),
    };

    readonly Dictionary<string, Department> _byName = new(StringComparer.Ordinal);
    readonly List<Department> _order = new();

    public IReadOnlyList<Department> Departments => _order;

    public void Add(FileResult file)
    {
        foreach (var r in file.Forms)
        {
            var d = Find(r.Form.Department.Text);
            d.Forms++;
            d.Budget += r.Score.Budget ?? 0m;
            d.Executed += r.Score.Executed ?? 0m;
            int g = Array.IndexOf(GradeNames, r.Score.Grade);
            if (g < 0)
            {
                d.Ungraded++;
                continue;
            }
            d.Grades[g]++;
            d.TotalScore += r.Score.RecomputedTotal;
        }
    }

    public void Write(TextWriter output, CsvHeader header, bool writeHeader = true)
    {
        using var table = new CsvTable<Department>(output, Columns, header, writeHeader);
        foreach (var d in _order) table.Write(d);
    }

    Department Find(string raw)
    {
        // The same department is typed with stray spaces and line breaks across forms.
        var name = string.Join("", raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0) name = Unnamed;
        if (!_byName.TryGetValue(name, out var d))
        {
            d = new Department { Name = name };
            _byName.Add(name, d);
            _order.Add(d);
        }
        return d;
    }
}
