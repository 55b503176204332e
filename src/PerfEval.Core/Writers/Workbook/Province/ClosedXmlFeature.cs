using System.Diagnostics.CodeAnalysis;

namespace PerfEval.Writers.Workbook.Province;

/// <summary>
/// Whether this build can fill a province's template. ClosedXML needs
/// reflection that a NativeAOT build does not have, so that build turns the
/// switch off (the CLI's csproj) and the trimmer drops every path into
/// ClosedXML; `--template` then exits 2 with <see cref="Unsupported"/>.
/// </summary>
internal static class ClosedXmlFeature
{
    const string Switch = "PerfEval.ClosedXml.IsSupported";

    [FeatureSwitchDefinition(Switch)]
    public static bool IsSupported => !AppContext.TryGetSwitch(Switch, out var on) || on;

    public static TemplateException Unsupported() =>
        new("此 perfeval 为原生编译版本，不支持 --template（省级模板需用 .NET 版本：dotnet tool install perfeval）；不带 --template 时使用内置标准模板");
}
