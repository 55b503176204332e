using PerfEval.Findings;

namespace PerfEval.Rules;

public sealed class PE003 : FormRule
{
    public override RuleInfo Info { get; } = new("PE003", Severity.Warning, "missing-header-field",
        "表头的项目名称、主管部门、实施单位或年度未填写")
    {
        Title = "表头信息缺失",
        English = "项目名称, 主管部门, 实施单位 or the year is empty",
    };

    public override IEnumerable<Finding> Check(FormContext ctx)
    {
        var f = ctx.Form;
        if (f.Project.IsEmpty) yield return Found("表头“项目名称”未填写", f.Project.Ref);
        if (f.Department.IsEmpty) yield return Found("表头“主管部门”未填写", f.Department.Ref);
        if (f.Implementer.IsEmpty) yield return Found("表头“实施单位”未填写", f.Implementer.Ref);
        if (f.Year is null) yield return Found("表头未填写年度（如“（2021年度）”）", f.YearRef);
    }
}
