using System.Text.RegularExpressions;
using PerfEval.Model;

namespace PerfEval.Recognition;

/// <summary>
/// Every label perfeval looks for, with the variants seen on real forms.
/// All comparisons are on TextNorm.Key (no spaces, half-width).
/// </summary>
public static class Labels
{
    public const string Title = "项目支出绩效自评表";

    public static readonly string[] Project = { "项目名称" };
    public static readonly string[] Department = { "主管部门", "主管单位" };
    public static readonly string[] Implementer = { "实施单位", "项目实施单位" };

    // Funding block columns.
    public static readonly string[] Initial = { "年初预算数", "年初预算", "年初预算数(万元)" };
    public static readonly string[] FullYear = { "全年预算数", "调整后预算数", "全年预算", "全年预算数(A)" };
    public static readonly string[] Executed = { "全年执行数", "全年执行", "实际执行数", "全年执行数(B)" };
    public static readonly string[] BudgetWeight = { "分值", "权重", "分值(10分)" };
    public static readonly string[] Rate = { "执行率", "预算执行率", "执行率(B/A)" };
    public static readonly string[] Score = { "得分" };

    public static readonly Regex FundingBlock = new("^项目资金", RegexOptions.CultureInvariant);

    public static FundingKind? FundingRow(string key)
    {
        var k = key.StartsWith("其中:", StringComparison.Ordinal) ? key[3..] : key;
        if (k.StartsWith("其中", StringComparison.Ordinal)) k = k[2..];
        if (k is "年度资金总额" or "资金总额" or "年度资金总额:" or "合计") return FundingKind.Total;
        if (k is "当年财政拨款" or "本年财政拨款" or "财政拨款" or "当年财政拨款资金" or "财政资金") return FundingKind.Appropriation;
        if (k is "上年结转资金" or "上年结转" or "上年结余结转资金") return FundingKind.CarryOver;
        if (k is "其他资金" or "其他") return FundingKind.Other;
        return null;
    }

    // Goals block.
    public static readonly string[] Goals = { "年度总体目标", "总体目标" };
    public static readonly string[] GoalExpected = { "预期目标" };
    public static readonly string[] GoalActual = { "实际完成情况" };

    // Indicator block.
    public static readonly string[] IndicatorBlock = { "绩效指标" };
    public static readonly string[] Level1 = { "一级指标" };
    public static readonly string[] Level2 = { "二级指标" };
    public static readonly string[] Level3 = { "三级指标" };
    public static readonly string[] Target = { "年度指标值", "指标值", "年度目标值", "目标值", "预期指标值" };
    public static readonly string[] Actual = { "实际完成值", "全年实际值", "完成值", "实际值", "实际完成情况" };
    public static readonly string[] IndicatorWeight = { "分值", "权重" };
    public static readonly string[] IndicatorScore = { "得分" };
    public static readonly string[] Reason = { "偏差原因分析及改进措施", "偏差原因分析", "未完成原因分析", "偏差原因分析及改进措施(未完成原因)" };
    public static readonly string[] Nature = { "指标性质" };
    public static readonly string[] Unit = { "度量单位", "计量单位", "单位" };

    public static readonly string[] Total = { "总分", "合计", "总计" };

    public static readonly string[] Analysis =
    {
        "项目实施和预算执行情况及分析", "产出情况及分析", "效益情况及分析", "满意度情况及分析",
        "主要经验做法", "项目管理中存在的主要问题及原因分析", "下一步改进措施及管理建议",
    };
    public static readonly string[] AnalysisBlock = { "项目绩效分析", "自评结果分析" };

    /// <summary>A weight printed in a label: 产出指标(50分), 绩效指标(90分), 预算执行情况(10分).</summary>
    public static readonly Regex LabelWeight = new(@"^(?<label>[^()]+)\((?<w>\d+(\.\d+)?)分\)$", RegexOptions.CultureInvariant);

    public static readonly Regex Year = new(@"(?<y>(19|20)\d{2})\s*年", RegexOptions.CultureInvariant);

    /// <summary>A label cell, its weight stripped: 产出指标(50分) → 产出指标.</summary>
    public static string StripWeight(string key)
    {
        // Is runs for every cell against every column label; most keys cannot match, and the test is exact.
        if (!key.EndsWith("分)", StringComparison.Ordinal)) return key;
        var m = LabelWeight.Match(key);
        return m.Success ? m.Groups["label"].Value : key;
    }

    public static bool Is(string key, string[] variants) => IsLabel(LabelKey(key), variants);

    /// <summary>What Is compares: the key without a printed weight or a trailing colon.</summary>
    public static string LabelKey(string key) => StripWeight(key).TrimEnd(':');

    /// <summary>Is, for a key already passed through LabelKey (header rows test one cell against many columns).</summary>
    public static bool IsLabel(string labelKey, string[] variants)
    {
        foreach (var v in variants) if (labelKey == v) return true;
        return false;
    }

    /// <summary>The 二级 name decides the 一级 category; the 一级 label is only a fallback.</summary>
    public static Level1 Category(string level2, string level1)
    {
        var l2 = TextNorm.Key(level2);
        if (l2.Contains("满意")) return Model.Level1.Satisfaction;
        if (l2.Contains("效益") || l2.Contains("可持续")) return Model.Level1.Benefit;
        if (l2.Contains("数量") || l2.Contains("质量") || l2.Contains("时效") || l2.Contains("成本")) return Model.Level1.Output;
        var l1 = TextNorm.Key(level1);
        if (l1.Contains("满意")) return Model.Level1.Satisfaction;
        if (l1.Contains("效益")) return Model.Level1.Benefit;
        if (l1.Contains("产出")) return Model.Level1.Output;
        return Model.Level1.Unknown;
    }

    public static bool IsCost(string level2) => TextNorm.Key(level2).Contains("成本");

    public static Level1? CategoryOfLabel(string key)
    {
        var k = StripWeight(key);
        if (k.StartsWith("产出")) return Model.Level1.Output;
        if (k.StartsWith("效益")) return Model.Level1.Benefit;
        if (k.StartsWith("满意度")) return Model.Level1.Satisfaction;
        return null;
    }
}
