using ClosedXML.Excel;

namespace PerfEval.Writers.Workbook.Province;

/// <summary>汇总 and 问题清单 through ClosedXML, looking as the streamed ones do (Xlsx/TableSheet).</summary>
internal static class ClosedXmlTables
{
    public static IXLWorksheet Write(XLWorkbook workbook, SheetTable t, CachedValues cache)
    {
        var ws = workbook.Worksheets.Add(t.Name);
        int cols = t.Headers.Count, lastRow = Math.Max(1, t.Rows.Count + 1);
        for (int c = 0; c < cols; c++)
        {
            ws.Cell(1, c + 1).SetValue(t.Headers[c]);
            ws.Column(c + 1).Width = t.Widths[c];
        }
        var head = ws.Range(1, 1, 1, cols);
        head.Style.Font.Bold = true;
        head.Style.Fill.BackgroundColor = XLColor.FromHtml("#" + SheetStyle.HeaderFillRgb);
        ws.SheetView.FreezeRows(1);

        var texts = new List<(int Row, int Rows, double Width, string Text)>();
        for (int c = 0; c < cols; c++) texts.Add((1, 1, t.Widths[c], t.Headers[c]));
        for (int r = 0; r < t.Rows.Count; r++)
        {
            for (int c = 0; c < t.Rows[r].Length; c++)
            {
                var v = t.Rows[r][c];
                var cell = ws.Cell(r + 2, c + 1);
                switch (v.Kind)
                {
                    case TableValue.Number: cell.Value = v.Number; break;
                    case TableValue.Text: cell.SetValue(Xlsx.XmlText.Cell(v.Text)); break;
                    case TableValue.Formula:
                        cell.FormulaA1 = v.Formula;
                        if (v.Cached is { } n) cache.Set(t.Name, cell.Address.ToStringRelative(), n);
                        else cache.SetText(t.Name, cell.Address.ToStringRelative(), v.Text);
                        break;
                    case TableValue.Link:
                        cell.SetValue(Xlsx.XmlText.Cell(v.Text));
                        cell.Hyperlink = new XLHyperlink(v.Location);
                        break;
                }
                texts.Add((r + 2, 1, t.Widths[c], SummarySheets.Shown(v)));
            }
        }

        var all = ws.Range(1, 1, lastRow, cols);
        all.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        all.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        all.Style.Alignment.WrapText = true;
        all.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        if (lastRow > 1) all.SetAutoFilter();
        ClosedXmlSheet.FitRows(ws, texts);

        var page = ws.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Portrait;
        page.FitToPages(1, 0);
        page.Margins.Left = 0.5;
        page.Margins.Right = 0.5;
        page.Margins.Top = 0.6;
        page.Margins.Bottom = 0.6;
        page.Margins.Header = 0.3;
        page.Margins.Footer = 0.3;
        page.CenterHorizontally = true;
        page.PrintAreas.Clear();
        page.PrintAreas.Add(1, 1, lastRow, cols);
        page.SetRowsToRepeatAtTop(1, 1);
        return ws;
    }
}
