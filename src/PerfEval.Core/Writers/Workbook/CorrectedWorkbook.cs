using PerfEval.Scoring;
using PerfEval.Model;
using PerfEval.Writers.Workbook.Province;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// The corrected workbook of one checked file (`perfeval fix`): one sheet
/// per form, then 汇总, then 问题清单; it opens on 汇总. The standard layout
/// is streamed (Xlsx/); a province's template is copied and filled with
/// ClosedXML (Province/), which a NativeAOT build does not include.
/// </summary>
public static class CorrectedWorkbook
{
    /// <summary>Writes the workbook; the file must hold at least one form.</summary>
    /// <param name="summary">The columns of 汇总; FormFields.SummarySheet unless another layout is given (FormFieldsTests adds a column this way).</param>
    public static void Write(FileResult result, FormTemplate template, ScoringProfile profile, Stream output, IReadOnlyList<FormField>? summary = null)
    {
        if (result.Forms.Count == 0) throw new ArgumentException("no form to write", nameof(result));
        summary ??= FormFields.SummarySheet;
        if (template.IsBuiltIn) Xlsx.StreamedWorkbook.Write(result, template, profile, output, summary);
        else if (ClosedXmlFeature.IsSupported) ProvinceWorkbook.Write(result, template, profile, output, summary);
        else throw ClosedXmlFeature.Unsupported();
    }

    internal static string Title(FileResult result) => "更正后的项目支出绩效自评表：" + Path.GetFileName(result.Path);
}
