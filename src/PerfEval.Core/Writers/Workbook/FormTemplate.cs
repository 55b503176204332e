namespace PerfEval.Writers.Workbook;

/// <summary>A template that cannot be used: the CLI exits 2 with this message.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message) : base(message) { }
}

/// <summary>A cell position on the template sheet, 1-based.</summary>
public readonly record struct Pos(int Row, int Col)
{
    public string A1 => PerfEval.Grid.CellRef.ColumnLetters(Col) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A template and where its defined names point. Names are resolved once,
/// in template coordinates; the writer shifts the rows below the indicator
/// area by however many indicator rows it adds or removes. The built-in one
/// is the standard layout, written by streaming (Xlsx/); a province's own
/// .xlsx is copied and filled with ClosedXML (Province/).
/// </summary>
public sealed class FormTemplate
{
    readonly byte[]? _bytes;
    readonly Dictionary<string, Pos> _cells;

    internal FormTemplate(byte[]? bytes, string source, string sheet, Dictionary<string, Pos> cells, int areaFirst, int areaLast,
        int formLastCol, int lastRow, string yearText)
    {
        _bytes = bytes;
        Source = source;
        SheetName = sheet;
        _cells = cells;
        AreaFirst = areaFirst;
        AreaLast = areaLast;
        FormLastCol = formLastCol;
        LastRow = lastRow;
        YearText = yearText;
        TargetNumberCol = cells.TryGetValue(TemplateNames.TargetNumber, out var t) ? t.Col : formLastCol + 1;
        ActualNumberCol = cells.TryGetValue(TemplateNames.ActualNumber, out var a) ? a.Col : Math.Max(formLastCol, TargetNumberCol) + 1;
    }

    public string Source { get; }
    public string SheetName { get; }
    /// <summary>The standard layout, built in: written by streaming, not from a template file.</summary>
    public bool IsBuiltIn => _bytes is null;
    /// <summary>First and last row of the template's indicator rows.</summary>
    public int AreaFirst { get; }
    public int AreaLast { get; }
    public int AreaRows => AreaLast - AreaFirst + 1;
    /// <summary>The form's right-most column: the print area ends here, helper columns come after.</summary>
    public int FormLastCol { get; }
    public int LastRow { get; }
    public int TargetNumberCol { get; }
    public int ActualNumberCol { get; }
    /// <summary>The template's year line, into which the form's year goes.</summary>
    public string YearText { get; }

    public Pos? Find(string name) => _cells.TryGetValue(name, out var p) ? p : null;

    public int Column(string name) => _cells[name].Col;

    /// <summary>Where a template row is on a sheet whose indicator area has <paramref name="indicatorRows"/> rows.</summary>
    public int SheetRow(int templateRow, int indicatorRows) => templateRow > AreaLast ? templateRow + indicatorRows - AreaRows : templateRow;

    /// <summary>The template file's bytes (a province template only).</summary>
    internal byte[] Bytes => _bytes ?? throw new InvalidOperationException("the built-in template has no file");

    /// <summary>The standard layout's names, as the built-in template defines them.</summary>
    public static FormTemplate BuiltIn()
    {
        var cells = StandardLayout.Cells.Where(c => c.Name is not null).ToDictionary(c => c.Name!, c => new Pos(c.Row, c.Col));
        return new FormTemplate(null, "内置模板", TemplateBuilder.SheetName, cells, StandardLayout.FirstIndicatorRow, StandardLayout.LastIndicatorRow,
            StandardLayout.Columns, StandardLayout.LastRow, StandardLayout.YearLine);
    }

    /// <summary>A province's .xlsx template; its names are read with ClosedXML (Province/TemplateReader).</summary>
    public static FormTemplate Load(string path)
    {
        if (!string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase))
            throw new TemplateException($"模板 {path} 不是 .xlsx 文件");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TemplateException($"无法读取模板 {path}：{ex.Message}");
        }
        return FromBytes(bytes, path);
    }

    public static FormTemplate FromBytes(byte[] bytes, string source) =>
        Province.ClosedXmlFeature.IsSupported ? Province.TemplateReader.Read(bytes, source) : throw Province.ClosedXmlFeature.Unsupported();
}
