using System.Text.RegularExpressions;
using PerfEval.Model;

namespace PerfEval.Recognition;

/// <summary>
/// The label table: every word perfeval reads a form by, in one place.
/// Labels are matched by meaning, not by equality with a variant: a label is
/// first brought to its core (TextNorm.Key, then LabelCore drops numbering,
/// annotations in brackets and trailing colons), and a role is the first
/// entry of the role table whose key words the core contains. To read a new
/// province's form, add its words to the entry they mean (docs/recognition.md).
/// </summary>
public static partial class Labels
{
    public const string Title = "项目支出绩效自评表";

    /// <summary>A title row or paragraph: any 绩效自评表 (部门预算项目支出绩效自评表, 2023年度…自评表).</summary>
    public static readonly string[] TitleWords = { "绩效自评表", "自评表" };

    // ---- header fields: compared with the label's core -------------------

    public static readonly string[] Project = { "项目名称", "项目名" };
    public static readonly string[] Department = { "主管部门", "主管单位", "主管部门名称", "预算部门", "部门名称" };
    public static readonly string[] Implementer = { "实施单位", "项目实施单位", "实施单位名称", "预算单位", "项目单位" };
    /// <summary>A grade the form states in a cell of its own (自评等级 | 优), checked by PE306.</summary>
    public static readonly string[] Grade = { "自评等级", "绩效等级", "评价等级", "评定等级", "等级" };

    // ---- the role table ---------------------------------------------------

    /// <summary>One role: the block its header sits in, the key words any of which the label's core contains, words that rule it out, and what it means.</summary>
    public sealed record RoleEntry(FormBlock Block, ColumnRole Role, string[] Any, string[] None, string Meaning);

    static RoleEntry R(FormBlock b, ColumnRole role, string meaning, string[] any, params string[] none) => new(b, role, any, none, meaning);

    // Declared before Roles, which reads it when initialized. A column saying how a score is worked out (北京: 得分计算方法; 评分标准, 评价标准及依据) holds
    // text, not a score: it comes before 得分/评分, whose words it contains.
    const string ScoringMethodMeaning = "how the score is worked out, text, not read: 得分计算方法, 评分标准, 评价标准及依据, 计分方法";
    // The reviewer's score beside the self-evaluation's (湖北 广水: 自评分 | 复核分): not the submitter's, not read.
    const string ReviewMeaning = "the reviewer's score, filled by the finance bureau, not read: 复核分, 复核得分, 审核得分";
    static readonly string[] ReviewWords = { "复核", "审核得分", "审核分" };
    static readonly string[] ScoringMethodWords = { "计算方法", "计分方法", "计分办法", "评分标准", "评分方法", "评分办法", "评分规则", "评价标准", "打分标准", "扣分标准" };

    /// <summary>
    /// Tried in order within a block; the first entry that matches wins, so
    /// the narrower meaning comes first (执行率 before 执行数, 原因 before 完成).
    /// </summary>
    public static readonly RoleEntry[] Roles =
    {
        // Funding block (项目资金（万元）, 预算执行情况（10分）).
        R(FormBlock.Funding, ColumnRole.Remark, ScoringMethodMeaning, ScoringMethodWords),
        R(FormBlock.Funding, ColumnRole.Remark, ReviewMeaning, ReviewWords),
        R(FormBlock.Funding, ColumnRole.ExecutionRate, "执行率 = 执行数 / 预算数: 预算执行率, 执行率（B/A）",
            new[] { "执行率", "支出率", "完成率" }),
        R(FormBlock.Funding, ColumnRole.BudgetScore, "the budget score: 得分, 得分（20分*执行率）",
            new[] { "得分", "评分" }),
        R(FormBlock.Funding, ColumnRole.BudgetWeight, "the budget weight: 分值 and 权重 mean the same",
            new[] { "分值", "权重", "标准分", "满分" }),
        R(FormBlock.Funding, ColumnRole.FundingReason, "why execution fell short (四川: 原因)",
            new[] { "原因", "说明" }),
        R(FormBlock.Funding, ColumnRole.Remark, "a remark, not read", new[] { "备注" }),
        R(FormBlock.Funding, ColumnRole.Number, "a row number, not read", new[] { "序号" }),
        R(FormBlock.Funding, ColumnRole.Remark, "the column of row labels (资金来源): the labels are read by row", new[] { "资金来源", "资金类别", "资金性质", "资金构成" }),
        R(FormBlock.Funding, ColumnRole.Executed, "what was spent: 全年执行数, 预算执行数, 实际执行数, 执行数（B）, 实际支出",
            new[] { "执行", "支出", "决算" }),
        R(FormBlock.Funding, ColumnRole.InitialBudget, "the budget at the start of the year: 年初预算数",
            new[] { "年初" }, "目标", "指标"),
        R(FormBlock.Funding, ColumnRole.FullYearBudget, "the budget after adjustment, the rate's denominator: 全年预算数, 调整后预算数, 预算数（A）",
            new[] { "调整", "全年", "变更", "预算", "批复" }, "目标", "指标"),

        // Indicator block (绩效指标（90分）, 年度绩效目标（80分）).
        R(FormBlock.Indicators, ColumnRole.Remark, ScoringMethodMeaning, ScoringMethodWords),
        R(FormBlock.Indicators, ColumnRole.Level1, "一级指标 (产出/效益/满意度)", new[] { "一级" }),
        R(FormBlock.Indicators, ColumnRole.Level2, "二级指标 (数量/质量/时效/成本/…效益/满意度)", new[] { "二级" }),
        R(FormBlock.Indicators, ColumnRole.Level3, "三级指标, the indicator's name", new[] { "三级", "指标名称", "指标内容", "具体指标" }),
        R(FormBlock.Indicators, ColumnRole.Nature, "指标性质: ≥ ≤ = 定性, joined to the target (四川)", new[] { "性质" }),
        R(FormBlock.Indicators, ColumnRole.Reason, "why an indicator lost points: 偏差原因分析及改进措施, 未完成原因及拟采取的改进措施, 偏差大或目标未完成原因分析",
            new[] { "原因", "改进措施", "措施", "偏差" }),
        R(FormBlock.Indicators, ColumnRole.Remark, ReviewMeaning, ReviewWords),
        R(FormBlock.Indicators, ColumnRole.Score, "the indicator's score", new[] { "得分", "评分" }),
        // 项目权重 weighs the parts of the evaluation (项目决策2分, 项目绩效85分), not an indicator: left unread, said by PE006.
        R(FormBlock.Indicators, ColumnRole.Weight, "the indicator's weight: 分值 and 权重 mean the same", new[] { "分值", "权重", "标准分", "满分" }, "项目"),
        R(FormBlock.Indicators, ColumnRole.Unit, "度量单位, joined to target and actual (四川)", new[] { "单位" }),
        R(FormBlock.Indicators, ColumnRole.Actual, "what was achieved: 实际完成值, 全年实际值, 完成值, 实际完成值（B）",
            new[] { "完成值", "实际", "完成情况", "完成" }),
        R(FormBlock.Indicators, ColumnRole.Target, "what was planned: 年度指标值, 指标值, 年度目标值, 年初目标值（A）, 预期指标值",
            new[] { "指标值", "目标值", "目标", "预期", "计划" }),
        R(FormBlock.Indicators, ColumnRole.Remark, "a remark, not read", new[] { "备注" }),
        R(FormBlock.Indicators, ColumnRole.Number, "a row number, not read", new[] { "序号" }),
    };

    /// <summary>The role of a header label in a block, from its core; null when no entry means it.</summary>
    public static ColumnRole? RoleOf(string core, FormBlock block)
    {
        // A header is short; a long text (a name, a narrative) that happens to hold a key word is not one.
        if (core.Length == 0 || core.Length > MaxHeaderLength || !MayHoldKeyWord(core)) return null;
        foreach (var e in Roles)
        {
            if (e.Block != block || !ContainsAny(core, e.Any) || ContainsAny(core, e.None)) continue;
            return e.Role;
        }
        return null;
    }

    public const int MaxHeaderLength = 20;

    // Every cell of every row is asked for its role, and most cells (numbers, names) hold no key
    // word: a key word in the core means its first character is there, so a core with none of the
    // first characters has no role. Same answer as the table walk, without it.
    static readonly System.Collections.BitArray FirstChars = KeyWordFirstChars();

    static System.Collections.BitArray KeyWordFirstChars()
    {
        var bits = new System.Collections.BitArray(char.MaxValue + 1);
        foreach (var e in Roles) foreach (var w in e.Any) bits[w[0]] = true;
        return bits;
    }

    static bool MayHoldKeyWord(string core)
    {
        foreach (var c in core) if (FirstChars[c]) return true;
        return false;
    }

    /// <summary>The columns a block header must show to be one: a budget or executed column; a 一/二/三级 column.</summary>
    public static bool IsDistinctive(ColumnRole role, FormBlock block) => block == FormBlock.Funding
        ? role is ColumnRole.InitialBudget or ColumnRole.FullYearBudget or ColumnRole.Executed
        : role is ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Level3;

    // ---- block headings ---------------------------------------------------

    // 项目资金, 预算执行情况, 预算资金执行情况, 资金使用情况, 项目资金情况, 资金情况, 预算执行.
    [GeneratedRegex(@"^(?:项目资金|年度资金|(?:项目|年度)?(?:预算|资金|预算资金|项目资金)(?:执行|使用|到位)?情况|预算执行)$", RegexOptions.CultureInvariant)]
    private static partial Regex FundingHeadingRx();

    // 绩效指标, 年度绩效目标, 绩效目标, 年度绩效指标, 项目绩效指标, 绩效指标完成情况.
    [GeneratedRegex(@"^(?:年度)?(?:项目)?绩效(?:指标|目标)(?:完成情况|实现情况|及指标)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorHeadingRx();

    /// <summary>The block a heading cell opens (项目资金（万元）, 预算执行情况（10分）, 绩效指标（90分）, 年度绩效目标（80分）); null for any other label.</summary>
    public static FormBlock? HeadingOf(string core)
    {
        if (core.Length == 0 || core.Length > 12) return null;
        if (FundingHeadingRx().IsMatch(core)) return FormBlock.Funding;
        if (IndicatorHeadingRx().IsMatch(core)) return FormBlock.Indicators;
        if (IsLabel(core, Goals)) return FormBlock.Goals;
        if (IsLabel(core, AnalysisBlock)) return FormBlock.Analysis;
        return null;
    }

    // ---- funding rows -----------------------------------------------------

    /// <summary>
    /// What a funding row is, from its label's core (其中： dropped), by meaning, most specific first:
    /// a total (总额, 合计, 年度财政资金总额); 财政专户管理资金; 上年结转/结余; the unit's own money
    /// (单位资金, 自有资金, 自筹资金); other sources (社会资金, 银行贷款, 捐赠, 其他资金); fiscal money
    /// of any level (当年财政拨款, 财政资金, 中央补助资金, 省级资金, 本级财政资金, 上级补助, 地方配套资金).
    /// Null for a label with none of these meanings.
    /// </summary>
    public static FundingKind? FundingRow(string key)
    {
        var k = FundingRowCore(key, out bool ofWhich);
        if (k.Length == 0 || k.Length > 16) return null;
        if (!ofWhich && (k.Contains("总额") || k.Contains("总计") || k is "合计" or "小计" or "总数")) return FundingKind.Total;
        if (k.Contains("专户")) return FundingKind.SpecialAccount;                          // 财政专户管理资金
        if (k.Contains("结转") || k.Contains("结余")) return FundingKind.CarryOver;          // 上年结转资金
        if (ContainsAny(k, UnitFundWords)) return FundingKind.UnitFunds;                  // 单位资金, 自筹资金
        if (ContainsAny(k, OtherSourceWords) || k.StartsWith("其他", StringComparison.Ordinal)) return FundingKind.Other; // 社会资金, 银行贷款, 其他资金
        if (ContainsAny(k, FiscalWords) || k == "财政" || IsGovernmentLevel(k)) return FundingKind.Appropriation; // 财政资金, 中央补助资金
        return null;
    }

    /// <summary>
    /// Fiscal money named by the level of government it comes from (中央资金, 中央补助资金, 省级资金,
    /// 市级财政资金, 县级资金, 本级财政资金, 上级补助, 地方配套资金): several such rows may stand
    /// side by side, or break a 财政资金 row down further.
    /// </summary>
    public static bool IsGovernmentLevel(string key) => GovernmentLevelRx().IsMatch(FundingRowCore(key, out _));

    [GeneratedRegex(@"^(?:中央|省|市|州|县|区|旗|盟|乡镇|乡|镇|本级|上级|地方|同级)级?(?:财政|政府)?(?:预算内)?(?:专项|补助|配套|转移支付|拨款|安排|下达|投入|投资|衔接)*(?:资金|经费)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentLevelRx();

    static readonly string[] UnitFundWords = { "单位资金", "自有资金", "自筹", "单位自有", "事业收入", "经营收入" };
    static readonly string[] OtherSourceWords = { "社会", "银行", "贷款", "捐赠", "捐款", "企业投入", "群众投劳" };
    static readonly string[] FiscalWords = { "财政拨款", "财政资金", "财政补助", "一般公共预算", "政府性基金", "国有资本经营", "专项债", "债券资金" };

    /// <summary>A funding row label without numbering, annotations and a leading 其中：; ofWhich is true when it had one.</summary>
    static string FundingRowCore(string key, out bool ofWhich)
    {
        var k = LabelCore(key);
        ofWhich = k.StartsWith("其中", StringComparison.Ordinal);
        if (ofWhich) k = LabelCore(k[2..].TrimStart(':'));
        return k;
    }

    /// <summary>The row label given to a funding block's single unlabelled row (20分 frames: 预算数（A） | 执行数（B） | …).</summary>
    public const string UnlabelledFundingRow = "资金总额";

    // ---- goals block ------------------------------------------------------

    public static readonly string[] Goals = { "年度总体目标", "总体目标", "绩效总目标", "年度目标" };
    public static readonly string[] GoalExpected = { "预期目标", "年初目标", "计划目标" };
    public static readonly string[] GoalActual = { "实际完成情况", "完成情况", "实际完成" };

    /// <summary>The planned-goal column of the goals block: 预期目标, 年初目标, or any short label ending in 目标 that is no heading (项目年度目标, 四川).</summary>
    public static bool IsGoalExpected(string core) => IsLabel(core, GoalExpected)
        || core.Length is > 2 and <= 8 && core.EndsWith("目标", StringComparison.Ordinal) && !core.Contains("完成") && !IsLabel(core, Goals) && HeadingOf(core) is null;

    /// <summary>The achieved-goal column: 实际完成情况, or a short label about completion (年度目标完成情况, 四川; 年度总体目标完成情况综述, 北京).</summary>
    public static bool IsGoalActual(string core)
    {
        if (IsLabel(core, GoalActual)) return true;
        // 年度总体目标完成情况综述 (北京, 四川 中江): a summary of completion is the completion.
        var c = core.EndsWith("综述", StringComparison.Ordinal) || core.EndsWith("概述", StringComparison.Ordinal) ? core[..^2] : core;
        return c.Length <= 10 && c.EndsWith("完成情况", StringComparison.Ordinal);
    }

    // ---- total and analysis -----------------------------------------------

    public static readonly string[] Total = { "总分", "合计", "总计", "总得分", "自评总分", "综合得分", "合计得分" };
    /// <summary>Total labels that cannot be a funding row's, so they close a form even outside the indicator block.</summary>
    public static readonly string[] ScoreTotal = { "总分", "总得分", "自评总分", "综合得分", "合计得分" };

    /// <summary>The analysis text on budget execution: where a form explains low or adjusted spending (PE106, PE107).</summary>
    public const string ExecutionAnalysis = "项目实施和预算执行情况及分析";

    /// <summary>The analysis texts, each stored in Form.Analysis under its label as written here.</summary>
    public static readonly string[] Analysis =
    {
        ExecutionAnalysis, "产出情况及分析", "效益情况及分析", "满意度情况及分析",
        "主要经验做法", "项目管理中存在的主要问题及原因分析", "下一步改进措施及管理建议",
    };
    public static readonly string[] AnalysisBlock = { "项目绩效分析", "自评结果分析" };

    /// <summary>Blank values in an indicator row: a dash or an ellipsis (a placeholder row).</summary>
    public static readonly string[] BlankValues = { "—", "——", "-", "/", "……", "…", "..." , "......" };
    /// <summary>A 指标性质 that adds nothing to the value.</summary>
    public const string Qualitative = "定性";

    // ---- year and title lines ---------------------------------------------

    public static readonly Regex Year = new(@"(?<y>(19|20)\d{2})\s*年", RegexOptions.CultureInvariant);
    /// <summary>Where a line may carry the form's year: 填列单位（公章）：…（2021年度）, 2023年度…自评表.</summary>
    public static readonly string[] YearLineWords = { "年度", "填列单位", "填报单位" };

    [GeneratedRegex(@"^(?:填[列报]单位.*|[(]?(?:19|20)\d{2}年度?[)]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLineRx();
    /// <summary>A row of its own above a form holding the year: （2023年度）, 填列单位（公章）：…（2023年度）.</summary>
    public static bool IsYearLine(string key) => key.Length <= 60 && YearLineRx().IsMatch(key) && Year.IsMatch(key);

    // ---- label cores and printed weights ------------------------------------

    // Numbering before a label: 一、 1. （一） (1) 1、.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.](?!\d))", RegexOptions.CultureInvariant)]
    private static partial Regex NumberingRx();

    // An annotation in brackets: (A) (B/A) (万元) (盖章) (公章) (20分*执行率) (10分), also 【】 and 〔〕.
    [GeneratedRegex(@"[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]", RegexOptions.CultureInvariant)]
    private static partial Regex AnnotationRx();

    /// <summary>
    /// What a label means, as matched: the key (TextNorm.Key) without leading
    /// numbering, annotations in brackets and trailing colons. 实施单位（盖章）: →
    /// 实施单位; 执行率（B/A） → 执行率; 一、预算执行情况（万元）（20分） → 预算执行情况.
    /// </summary>
    public static string LabelCore(string key)
    {
        if (key.Length == 0) return key;
        var k = key;
        if (k.IndexOfAny(Brackets) >= 0) k = AnnotationRx().Replace(AnnotationRx().Replace(k, ""), "");
        k = k.TrimEnd(':', '：');
        if (k.Length > 0 && (char.IsDigit(k[0]) || k[0] == '(' || "一二三四五六七八九十".Contains(k[0]))) k = NumberingRx().Replace(k, "");
        return k.TrimStart(':');
    }

    static readonly char[] Brackets = { '(', '[', '【', '〔' };

    // A weight printed in a label: 产出指标(50分), 效益指标（权重30分）, 绩效指标(90), 产出指标50分, 预算执行情况(万元)(20分).
    [GeneratedRegex(@"\((?:权重|分值)?:?(?<w>\d+(?:\.\d+)?)分?\)|(?<![\d.])(?<w>\d+(?:\.\d+)?)分$", RegexOptions.CultureInvariant)]
    private static partial Regex PrintedWeightRx();

    // The weight in a score label: 得分(20分*执行率), 得分（20×执行率）.
    [GeneratedRegex(@"\((?<w>\d+(?:\.\d+)?)分?[*×xX]执行率\)", RegexOptions.CultureInvariant)]
    private static partial Regex ScoreFormulaRx();

    /// <summary>The weight printed in a label key, if any; formula is true for 得分（20分*执行率）.</summary>
    public static decimal? PrintedWeight(string key, out bool formula)
    {
        formula = false;
        if (!key.Contains('分') && !key.EndsWith(')')) return null;
        var f = ScoreFormulaRx().Match(key);
        if (f.Success) { formula = true; return Dec(f.Groups["w"].Value); }
        var m = PrintedWeightRx().Match(key);
        return m.Success ? Dec(m.Groups["w"].Value) : null;
    }

    // Forty digits in a label would overflow decimal: such a label weighs nothing perfeval can check.
    static decimal? Dec(string s) =>
        decimal.TryParse(s, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var d)
        && Values.Magnitude.InRange(d) ? d : null;

    /// <summary>A label cell, its weight stripped: 产出指标(50分) → 产出指标.</summary>
    public static string StripWeight(string key)
    {
        if (!key.Contains('分') && !key.EndsWith(')')) return key;
        var stripped = PrintedWeightRx().Replace(key, "");
        return stripped.Length == 0 ? key : stripped;
    }

    /// <summary>The key is one of the labels, compared on its core.</summary>
    public static bool Is(string key, string[] variants) => IsLabel(LabelCore(key), variants);

    /// <summary>What Is compares.</summary>
    public static string LabelKey(string key) => LabelCore(key);

    /// <summary>Is, for a core already passed through LabelCore.</summary>
    public static bool IsLabel(string core, string[] variants)
    {
        foreach (var v in variants) if (core == v) return true;
        return false;
    }

    /// <summary>A header field's label, alone (项目名称) or with its value after a colon (项目名称：城区道路维护).</summary>
    public static bool IsFieldLabel(string core, string[] labels)
    {
        if (IsFieldName(core, labels)) return true;
        int colon = core.IndexOf(':');
        return colon > 0 && IsFieldName(core[..colon], labels);
    }

    /// <summary>The label of a header field: 项目名称, 主管部门, 实施单位 (alone or with the value after a colon).</summary>
    public static bool IsHeaderField(string core) =>
        IsFieldLabel(core, Project) || IsFieldLabel(core, Department) || IsFieldLabel(core, Implementer);

    /// <summary>
    /// A header field's name, alone, saying what else its value holds (主管部门及代码, 北京: the value
    /// is the field's with its code beside it), or as the project's (项目主管单位).
    /// </summary>
    public static bool IsFieldName(string core, string[] labels)
    {
        if (IsLabel(core, labels)) return true;
        var c = FieldSuffixRx().Replace(core, "");
        // 项目主管单位 (湖北 广水) is the project's 主管单位, as 项目实施单位 is its 实施单位.
        return IsLabel(c, labels) || c.Length > 4 && c.StartsWith("项目", StringComparison.Ordinal) && IsLabel(c[2..], labels);
    }

    [GeneratedRegex(@"(?:及|和|与|/)(?:代码|编码|编号|电话|联系电话|联系方式)$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldSuffixRx();

    public static bool ContainsAny(string text, string[] words)
    {
        foreach (var w in words) if (text.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    // ---- indicator categories ---------------------------------------------

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

    /// <summary>An indicator under 成本指标 (经济成本指标, 社会成本指标 too).</summary>
    public static bool IsCost(string level2) => TextNorm.Key(level2).Contains("成本");

    /// <summary>An indicator under 时效指标: its deadline is compared, a duration there is better shorter.</summary>
    public static bool IsTimeliness(string level2) => TextNorm.Key(level2).Contains("时效");

    /// <summary>A 一级 category's name as the national form prints it; null for an unknown one.</summary>
    public static string? Level1Name(Level1 level) => level switch
    {
        Model.Level1.Output => "产出指标",
        Model.Level1.Benefit => "效益指标",
        Model.Level1.Satisfaction => "满意度指标",
        _ => null,
    };

    public static Level1? CategoryOfLabel(string key)
    {
        var k = LabelCore(StripWeight(key));
        if (k.StartsWith("产出")) return Model.Level1.Output;
        if (k.StartsWith("效益")) return Model.Level1.Benefit;
        if (k.StartsWith("满意度")) return Model.Level1.Satisfaction;
        return null;
    }
}
