using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Writers.Workbook;

/// <summary>
/// The blank standard form as a Word table: the title and year line as
/// paragraphs above it, as real submissions print them.
/// </summary>
internal static class DocxTemplate
{
    // A4 with 2 cm margins leaves 9638 twips, shared out like the sheet's column widths.
    const int TableWidth = 9638;

    /// <summary>
    /// NativeAOT: OpenXml 2.20 builds each enum's table of XML names with
    /// Enum.GetValues(Type), which needs that enum's array type compiled in.
    /// Naming the arrays of the enums this file uses makes the compiler keep them.
    /// </summary>
    static readonly Array[] EnumArrays =
    {
        Enum.GetValues<BorderValues>(), Enum.GetValues<JustificationValues>(), Enum.GetValues<MergedCellValues>(),
        Enum.GetValues<SpaceProcessingModeValues>(), Enum.GetValues<StyleValues>(), Enum.GetValues<TableLayoutValues>(),
        Enum.GetValues<TableVerticalAlignmentValues>(), Enum.GetValues<TableWidthUnitValues>(),
    };

    public static void Write(Stream output)
    {
        GC.KeepAlive(EnumArrays);
        var widths = Widths();
        using (var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = Styles();
            var body = new Body(
                Paragraph("项目支出绩效自评表", bold: true, size: 36, center: true),
                Paragraph(StandardLayout.YearLine, bold: false, size: 21, center: false),
                Table(widths),
                new Paragraph(),
                new SectionProperties(
                    new PageSize { Width = 11906U, Height = 16838U },
                    new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
            doc.PackageProperties.Creator = "perfeval";
            doc.PackageProperties.Title = "项目支出绩效自评表";
            doc.PackageProperties.Created = TemplateBuilder.Stamp;
            doc.PackageProperties.Modified = TemplateBuilder.Stamp;
        }
    }

    static int[] Widths()
    {
        var total = StandardLayout.ColumnWidths.Sum();
        var w = StandardLayout.ColumnWidths.Select(c => (int)Math.Round(c / total * TableWidth)).ToArray();
        w[^1] += TableWidth - w.Sum();
        return w;
    }

    static Table Table(int[] widths)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = TableWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        var cells = StandardLayout.Cells.Where(c => c.Row >= StandardLayout.TableFirstRow).ToList();
        for (int row = StandardLayout.TableFirstRow; row <= StandardLayout.LastRow; row++)
        {
            var tr = new TableRow();
            for (int col = 1; col <= StandardLayout.Columns;)
            {
                var cell = cells.First(c => c.Col == col && c.Row <= row && row <= c.LastRow);
                tr.Append(Cell(cell, continued: cell.Row != row, widths));
                col += cell.Cols;
            }
            table.Append(tr);
        }
        return table;
    }

    static TableCell Cell(LayoutCell cell, bool continued, int[] widths)
    {
        var props = new TableCellProperties(
            new TableCellWidth { Width = widths.Skip(cell.Col - 1).Take(cell.Cols).Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (cell.Cols > 1) props.Append(new GridSpan { Val = cell.Cols });
        if (cell.Rows > 1) props.Append(continued ? new VerticalMerge() : new VerticalMerge { Val = MergedCellValues.Restart });
        props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var tc = new TableCell(props);
        // Word shows the text of the cell that starts a vertical merge; the continued ones stay empty.
        var text = continued ? "" : cell.Text;
        foreach (var line in text.Split('\n'))
        {
            var p = new Paragraph(new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0" },
                new Justification { Val = cell.Name is null || cell.Text.Length > 0 ? JustificationValues.Center : JustificationValues.Left }));
            if (line.Length > 0) p.Append(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }));
            tc.Append(p);
        }
        return tc;
    }

    static T Border<T>() where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" };

    static Paragraph Paragraph(string text, bool bold, int size, bool center)
    {
        var run = new RunProperties(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold) run.PrependChild(new Bold());
        return new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "120" },
                new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left }),
            new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = SheetStyle.Font },
                new FontSize { Val = "21" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault()),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        });
}
