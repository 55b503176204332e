using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace PerfEval.Samples;

/// <summary>Writes one sheet per form: title and year line merged over A–I in rows 1–2, the form's table from row 3.</summary>
public static partial class XlsxSampleWriter
{
    public const int FirstTableRow = 3;

    // Character widths of A..I: roughly the original's proportions, wide enough for 年初预算数 and 偏差原因分析.
    private static readonly double[] ColumnWidths = [8, 10, 12, 24, 12, 12, 8, 8, 20];
    private const double LineHeight = 13.5;
    private const double MinRowHeight = 15;

    public static void Write(IReadOnlyList<SeedForm> forms, string path)
    {
        using (var workbook = new XLWorkbook())
        {
            workbook.Properties.Author = "perfeval";
            workbook.Properties.Created = PackageNormalizer.Fixed;
            workbook.Properties.Modified = PackageNormalizer.Fixed;
            workbook.Style.Font.FontName = "宋体";
            workbook.Style.Font.FontSize = 10;
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < forms.Count; i++)
                WriteSheet(workbook.Worksheets.Add(SheetName(forms[i].Project, i + 1, used)), forms[i]);
            workbook.SaveAs(path);
        }
        PackageNormalizer.Normalize(path, DropEmptyGeneralFormat);
    }

    // ClosedXML 0.95 declares the built-in General format (id 0) again with an empty code, which some Excel
    // versions report as damaged content; the built-in needs no declaration.
    private static string DropEmptyGeneralFormat(string name, string xml)
    {
        if (name != "xl/styles.xml" || !xml.Contains(EmptyGeneral))
            return xml;
        xml = xml.Replace(EmptyGeneral, "");
        var declared = NumFmtsCount().Match(xml);
        if (!declared.Success)
            return xml;
        var count = int.Parse(declared.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
        return count == 0
            ? xml.Replace(declared.Value + "</x:numFmts>", "")
            : xml.Replace(declared.Value, $"<x:numFmts count=\"{count}\">");
    }

    private const string EmptyGeneral = "<x:numFmt numFmtId=\"0\" formatCode=\"\" />";

    [GeneratedRegex("""<x:numFmts count="(\d+)">""")]
    private static partial Regex NumFmtsCount();

    /// <summary>A valid, unique sheet name for a project: at most 31 characters, none of []:*?/\.</summary>
    public static string SheetName(string project, int position, ISet<string> used)
    {
        var name = new string(project.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray()).Trim().Trim('\'');
        if (name.Length == 0)
            name = $"表{position}";
        name = name.Length > 31 ? name[..31] : name;
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $"({n})";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }

    private static void WriteSheet(IXLWorksheet sheet, SeedForm form)
    {
        for (var c = 0; c < ColumnWidths.Length; c++)
            sheet.Column(c + 1).Width = ColumnWidths[c];

        var title = sheet.Range(1, 1, 1, FormLayout.Columns).Merge();
        title.FirstCell().SetValue(form.Title);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 16;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Row(1).Height = 24;
        sheet.Range(2, 1, 2, FormLayout.Columns).Merge().FirstCell().SetValue(form.YearLine);

        var rows = FormLayout.Lay(form);
        if (rows.Count == 0)
            return;
        var heights = new double[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var cell in rows[r].Cells.Where(c => c.Merge != VMerge.Continue))
            {
                var last = r;
                while (cell.Merge == VMerge.Restart && last + 1 < rows.Count
                       && rows[last + 1].Cells.Any(b => b.Column == cell.Column && b.Merge == VMerge.Continue))
                    last++;
                var range = sheet.Range(FirstTableRow + r, cell.Column, FirstTableRow + last, cell.Column + cell.Span - 1);
                if (range.RowCount() > 1 || range.ColumnCount() > 1)
                    range.Merge();
                var target = range.FirstCell();
                WriteValue(target, cell);
                target.Style.Alignment.Horizontal = cell.Text.Length <= 20
                    ? XLAlignmentHorizontalValues.Center : XLAlignmentHorizontalValues.Left;
                var width = ColumnWidths.Skip(cell.Column - 1).Take(cell.Span).Sum();
                heights[r] = Math.Max(heights[r], LineCount(cell.Text, width) * LineHeight / (last - r + 1));
            }
        }
        for (var r = 0; r < rows.Count; r++)
            sheet.Row(FirstTableRow + r).Height = Math.Max(MinRowHeight, heights[r]);

        var table = sheet.Range(FirstTableRow, 1, FirstTableRow + rows.Count - 1, FormLayout.Columns);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Alignment.WrapText = true;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    // ClosedXML turns a string assigned to Value into a number or date when it can; SetValue<string> keeps text.
    private static void WriteValue(IXLCell target, LaidCell cell)
    {
        var text = cell.Text.Trim();
        if (text.Length == 0)
            return;
        if (cell.Kind == CellKind.Rate && text.EndsWith('%') && TryNumber(text[..^1], out var percent))
        {
            target.Value = percent / 100m;
            var places = Places(text[..^1]);
            target.Style.NumberFormat.Format = places == 0 ? "0%" : "0." + new string('0', places) + "%";
        }
        else if (cell.Kind != CellKind.Text && TryNumber(text, out var number))
            target.Value = number;
        else
            target.SetValue(cell.Text);
    }

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);

    private static int Places(string number)
    {
        var trimmed = number.Trim();
        var dot = trimmed.IndexOf('.');
        return dot < 0 ? 0 : trimmed.Length - dot - 1;
    }

    // Full-width characters take about two character widths.
    private static int LineCount(string text, double width)
    {
        var usable = Math.Max(1, width - 1);
        return text.Split('\n').Sum(line =>
            Math.Max(1, (int)Math.Ceiling(line.Sum(ch => ch >= '\u2E80' ? 2 : 1) / usable)));
    }
}
