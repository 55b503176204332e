using PerfEval.Findings;

namespace PerfEval.Rules;

/// <summary>The file opens but holds no recognizable form. Raised by the pipeline.</summary>
public static class PE002
{
    public static RuleInfo Info { get; } = new("PE002", Severity.Error, "no-form-found",
        "文件可以打开，但其中没有可识别的项目支出绩效自评表")
    {
        Title = "未找到自评表",
        English = "the file opens but holds no recognizable 自评表",
    };

    public static Finding Create() => new(Info.Code, Info.DefaultSeverity,
        "文件中未找到项目支出绩效自评表（未识别到“项目名称”“项目资金”“绩效指标”“总分”等栏目）。" +
        "请确认提交的是自评表本身，且表格是可编辑的文字而不是图片或扫描件");
}
