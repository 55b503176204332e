using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Writers.Workbook;
using static PerfEval.Tests.Rules.TestForms;
using PerfEval.Scoring;

namespace PerfEval.Tests.Fix;

/// <summary>Forms that exercise every formula of the corrected workbook, and a way to write them.</summary>
public static class FixForms
{
    static readonly Lazy<FormTemplate> Standard = new(FormTemplate.BuiltIn);

    public static FormTemplate BuiltIn => Standard.Value;

    /// <summary>Like seed form 1: a low execution rate, reverse cost indicators scored far too low, a clamped qualitative score.</summary>
    public static Form Mixed(string project = "宣传交流工作经费") => Make(
        project: project,
        total: Funding(FundingKind.Total, "11", "11", "1.7", "10", "15.45", "1.5"),
        appropriation: Funding(FundingKind.Appropriation, "11", "11", "1.7", "10", "15.45", "1.5"),
        carry: Funding(FundingKind.CarryOver, "", "", "", "—", "", "—"),
        indicators: new()
        {
            Ind("数量指标", "指标1：接待外宾批次", "5次", "=1次", "5", "1", "疫情影响"),
            Ind("成本指标", "指标1：接待费用", "8万", "=1.3万", "12.5", "0.26"),
            Ind("数量指标", "指标2：交流活动", "≥10批", "8批", "10", "10"),
            Ind("时效指标", "指标1：完成及时性", "及时", "及时", "10", "12"),
            Ind("质量指标", "指标1：投诉次数", "≤0次", "0次", "5", "5"),
            Ind("社会效益指标", "指标1：宣传覆盖", "1万", "9000元", "10", "9", "部分活动取消"),
            Ind("服务对象满意度指标", "指标1：外宾满意度", "≥90%", "95%", "10", "10"),
        },
        statedTotal: "47.84");

    /// <summary>Budget edge cases: only 年初预算数, spending above budget, reverse over target, a zero target.</summary>
    public static Form InitialOnly() => Make(
        project: "只有年初预算",
        total: Funding(FundingKind.Total, "20", "", "25", "10", "125%", "10"),
        indicators: new()
        {
            Ind("成本指标", "指标1：人均费用", "≤100元", "125元", "40", "40"),
            Ind("数量指标", "指标1：事故次数", "0", "3", "40", "40"),
            Ind("服务对象满意度指标", "指标1：满意度", "满意", "满意", "10", ""),
        },
        statedTotal: "100");

    /// <summary>No budget at all: no rate, the stated budget score stands.</summary>
    public static Form NoBudget() => Make(
        project: "零预算项目",
        total: Funding(FundingKind.Total, "0", "0", "0", "10", "", "5"),
        indicators: new() { Ind("数量指标", "指标1：次数", "5次", "4次", "90", "72") },
        statedTotal: "77");

    /// <summary>Rate 55%: capped at 69 where the profile caps totals.</summary>
    public static Form Capped() => Make(
        project: "执行率偏低",
        total: Funding(FundingKind.Total, "10", "10", "5.5", "10", "55%", "5.5"),
        indicators: new()
        {
            Ind("数量指标", "指标1：次数", "≥10次", "14次", "50", "50"),
            Ind("社会效益指标", "指标1：覆盖率", "100%", "100%", "30", "30"),
            Ind("服务对象满意度指标", "指标1：满意度", "≥90%", "92%", "10", "10"),
        },
        statedTotal: "95.5");

    /// <summary>
    /// Every case a profile setting changes: targets beaten by 50%, 62.5% and exactly 30%
    /// (over-achievement), a 不适用 row (rescaling), 年初 20 ≠ 全年 25 (the execution basis),
    /// 3.125 (rounding places), a target of 0 met and exceeded, a reverse word, a ≥0 target,
    /// a qualitative score, a 72% execution rate (caps). Weights 10 + 90 = 100.
    /// </summary>
    public static Form Profiled() => Make(
        project: "评分口径",
        total: Funding(FundingKind.Total, "20", "25", "18", "10", "72%", "7.2"),
        indicators: new()
        {
            Ind("数量指标", "指标1：培训人次", "≥10次", "15次", "20", "20"),
            Ind("数量指标", "指标2：发放手册", "≥8个", "13个", "10", "10"),
            Ind("数量指标", "指标3：宣传批次", "≥10批", "13批", "10", "10"),
            Ind("成本指标", "指标1：设备购置成本", "不适用", "不适用", "10", ""),
            Ind("质量指标", "指标1：安全事故", "0次", "2次", "10", "6", "设备老化，已整改"),
            Ind("质量指标", "指标2：投诉次数", "0次", "0次", "5", "5"),
            Ind("质量指标", "指标3：资金结余率", "5%", "8%", "5", "3.13", "部分采购取消"),
            Ind("时效指标", "指标1：按期完成批次", "≥0次", "3次", "5", "5"),
            Ind("社会效益指标", "指标1：社会影响", "达成预期指标", "基本达成", "5", "4.5", "宣传面不足"),
            Ind("服务对象满意度指标", "指标1：学员满意度", "≥90%", "95%", "10", "10"),
        },
        statedTotal: "90.7");

    public static FileResult Result(ScoringProfile? profile, params Form[] forms)
    {
        var checker = new Checker(profile);
        return new FileResult("输入/附件.docx", Array.Empty<PerfEval.Findings.Finding>(), forms.Select(checker.CheckForm).ToList());
    }

    public static byte[] Write(FileResult result, FormTemplate? template = null, ScoringProfile? profile = null)
    {
        using var buffer = new MemoryStream();
        CorrectedWorkbook.Write(result, template ?? BuiltIn, profile ?? ScoringProfile.National, buffer);
        return buffer.ToArray();
    }

    public static byte[] Write(ScoringProfile? profile, params Form[] forms) => Write(Result(profile, forms), null, profile);
}
