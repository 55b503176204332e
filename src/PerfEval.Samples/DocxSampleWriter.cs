using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Samples;

/// <summary>Writes forms as one Word table each, with the title and year line as paragraphs above it.</summary>
public static class DocxSampleWriter
{
    // A4 with 2 cm margins leaves 9638 twips; the split follows the original 附件1.
    private static readonly int[] ColumnWidths = [960, 1000, 1100, 1800, 950, 950, 700, 700, 1478];

    public static void Write(IReadOnlyList<SeedForm> forms, string path, string? heading = "附件1")
    {
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = DefaultStyles();
            var body = new Body();
            if (heading != null)
                body.Append(TextParagraph(heading, bold: false, size: 32, center: false, pageBreak: false));
            for (var i = 0; i < forms.Count; i++)
            {
                body.Append(TextParagraph(forms[i].Title, bold: true, size: 36, center: true, pageBreak: i > 0));
                body.Append(TextParagraph(forms[i].YearLine, bold: false, size: 21, center: false, pageBreak: false));
                body.Append(Table(FormLayout.Lay(forms[i])));
            }
            // Word wants a paragraph between the last table and the section properties.
            body.Append(new Paragraph());
            body.Append(Section());
            main.Document = new Document(body);
            main.Document.Save();
            doc.PackageProperties.Creator = "perfeval";
            doc.PackageProperties.Created = PackageNormalizer.Fixed;
            doc.PackageProperties.Modified = PackageNormalizer.Fixed;
        }
        PackageNormalizer.Normalize(path);
    }

    private static Table Table(IReadOnlyList<LaidRow> rows)
    {
        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = ColumnWidths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa }),
        });
        table.Append(new TableGrid(ColumnWidths.Select(w => new GridColumn { Width = w.ToString() })));
        foreach (var row in rows)
            table.Append(new TableRow(row.Cells.Select(Cell)));
        return table;
    }

    private static T Border<T>() where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" };

    private static TableCell Cell(LaidCell cell)
    {
        var width = ColumnWidths.Skip(cell.Column - 1).Take(cell.Span).Sum();
        var props = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        if (cell.Span > 1)
            props.GridSpan = new GridSpan { Val = cell.Span };
        if (cell.Merge == VMerge.Restart)
            props.VerticalMerge = new VerticalMerge { Val = MergedCellValues.Restart };
        else if (cell.Merge == VMerge.Continue)
            props.VerticalMerge = new VerticalMerge();
        var tc = new TableCell(props);
        // A continued cell shows the text of the cell that starts the merge; its own stays empty.
        var text = cell.Merge == VMerge.Continue ? "" : cell.Text;
        var center = text.Length <= 20;
        foreach (var line in text.Split('\n'))
            tc.Append(CellParagraph(line, center));
        return tc;
    }

    private static Paragraph CellParagraph(string line, bool center)
    {
        var p = new Paragraph(new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" },
            Justification = new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left },
        });
        if (line.Length > 0)
            p.Append(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }));
        return p;
    }

    private static Paragraph TextParagraph(string text, bool bold, int size, bool center, bool pageBreak)
    {
        var props = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120" },
            Justification = new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left },
        };
        if (pageBreak)
            props.PageBreakBefore = new PageBreakBefore();
        var runProps = new RunProperties { FontSize = new FontSize { Val = size.ToString() } };
        if (bold)
            runProps.Bold = new Bold();
        return new Paragraph(props, new Run(runProps, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Styles DefaultStyles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "宋体" },
                new FontSize { Val = "21" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault()),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        });

    private static SectionProperties Section() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 851U, Footer = 992U, Gutter = 0U });
}
