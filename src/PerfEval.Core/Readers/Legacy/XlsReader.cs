using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using PerfEval.Grid;

namespace PerfEval.Readers.Legacy;

/// <summary>
/// Reads a .xls (BIFF 2–8, also WPS's .et, which is BIFF8 in a compound
/// file) with ExcelDataReader into the same grids the .xlsx reader makes:
/// A1 positions from A1 to the last value or merge, merged ranges copied
/// from their top-left cell, numbers as Excel shows them (15 significant
/// digits, percent formats ×100), formulas by their stored result. The
/// compound file is checked by our own parser first, so a looping or
/// out-of-range sector chain never reaches the library. The grid itself is
/// built by the .xlsx reader's SheetGridBuilder, under the same limits and
/// the same per-file work budget.
/// </summary>
public sealed class XlsReader : IDocumentReader
{
    static readonly string[] FormMarkers = { "项目名称", "绩效指标" };

    static XlsReader() =>
        // BIFF5 and older (and some WPS files) store 8-bit text in the workbook's code page (GBK: 936); .NET has them only through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    readonly ReaderLimits limits;

    public XlsReader() : this(ReaderLimits.Default) { }

    public XlsReader(ReaderLimits limits) => this.limits = limits;

    public SourceDocument Read(string path) => ReadErrors.Guard(OfficeKind.Excel, () =>
    {
        using var file = LegacyFile.Open(path, LegacyKind.Excel);
        var cfb = CompoundDocument.Open(file);
        if (cfb.IsEncrypted)
            throw ReadErrors.Encrypted(OfficeKind.Excel);
        var book = cfb.Find("Workbook") ?? cfb.Find("Book") ?? throw LegacyErrors.NoBody(LegacyKind.Excel);
        // An RC4-encrypted workbook (FILEPASS) hides its records' contents: the library decrypts Excel's default key or refuses.
        var biff = BiffFormulas.Scan(cfb.ReadStream(book, limits.MaxPartBytes));
        file.Position = 0;
        return new SourceDocument(path, ReadSheets(file, biff));
    });

    List<CellGrid> ReadSheets(Stream file, BiffFormulas biff)
    {
        var grids = new List<CellGrid>();
        // The per-file work budget the .xlsx reader charges, charged the same way (issue 13).
        var budget = new WorkBudget(limits);
        IExcelDataReader? reader = null;
        try
        {
            reader = ExcelReaderFactory.CreateBinaryReader(file, new ExcelReaderConfiguration { LeaveOpen = true });
            int position = 0;
            do
            {
                position++;
                var sheet = new SheetReader(new SheetGridBuilder(reader.Name ?? $"Sheet{position}", position, limits, budget), limits, budget, biff.Sheet(position - 1));
                sheet.Read(reader);
                var built = sheet.ToGrid(reader.MergeCells);
                bool hidden = reader.VisibleState is "hidden" or "veryhidden";
                if (!hidden || HoldsForm(built))
                    grids.Add(built);
            }
            while (reader.NextResult());
        }
        catch (InvalidPasswordException)
        {
            throw ReadErrors.Encrypted(OfficeKind.Excel);
        }
        catch (Exception e) when (IsLibraryFailure(e))
        {
            throw LegacyErrors.BadWorkbook(e);
        }
        finally
        {
            reader?.Dispose();
        }
        return grids;
    }

    /// <summary>
    /// How ExcelDataReader fails on a damaged workbook: its own exceptions, or, on a record cut short or
    /// lying about its length (found by the fuzz harness), the runtime's index and argument errors from
    /// inside it. A file, not perfeval, is at fault then: PE001 "已损坏", not a defect to report.
    /// </summary>
    static bool IsLibraryFailure(Exception e) =>
        e is HeaderException or CompoundDocumentException or ExcelReaderException or NotSupportedException
            or ArgumentException or IndexOutOfRangeException or EndOfStreamException or InvalidCastException
            or OverflowException or FormatException or NullReferenceException or InvalidOperationException or DecoderFallbackException;

    static bool HoldsForm(CellGrid grid) =>
        grid.Rows.Any(row => row.Cells.Any(cell => cell.IsOrigin && FormMarkers.Any(m => cell.Text.Contains(m, StringComparison.Ordinal))));

    /// <summary>One worksheet's values as the library reads them, into the grid builder the .xlsx reader uses.</summary>
    sealed class SheetReader
    {
        readonly SheetGridBuilder grid;
        readonly ReaderLimits limits;
        readonly WorkBudget budget;
        readonly BiffSheet biff;

        public SheetReader(SheetGridBuilder grid, ReaderLimits limits, WorkBudget budget, BiffSheet biff)
        {
            this.grid = grid;
            this.limits = limits;
            this.budget = budget;
            this.biff = biff;
        }

        public void Read(IExcelDataReader reader)
        {
            // The library walks every row up to the last one it saw, every column of each: a crafted DIMENSIONS must not make that a billion.
            // A row costs a step even with no columns (a sheet whose cells a lying record swallowed: 700 million rows took 20 s).
            long declared = (long)reader.RowCount * Math.Max(reader.FieldCount, 1);
            if (declared > (long)limits.MaxCellsPerGrid * 4)
                throw ReadErrors.TooManyCells(grid.Label, limits.MaxCellsPerGrid);
            budget.Walk(grid.Label, declared);
            int row = 0;
            while (reader.Read())
            {
                row++;
                for (int c = 0; c < reader.FieldCount; c++)
                {
                    long key = BiffFormulas.Key(row - 1, c);
                    bool formula = biff.Formulas.Contains(key);
                    // The library reads an error cell (#DIV/0!, #N/A) as empty; the .xlsx reader shows its code, and so must this one.
                    if (biff.Errors.TryGetValue(key, out var error))
                    {
                        grid.Set(row, c + 1, new SheetGridBuilder.Value(error, null, false, formula));
                        continue;
                    }
                    var raw = reader.GetValue(c);
                    if (raw is not null)
                        grid.Set(row, c + 1, Interpret(raw, reader, c, formula));
                }
            }
        }

        SheetGridBuilder.Value Interpret(object raw, IExcelDataReader reader, int c, bool formula)
        {
            double? number = raw switch
            {
                double d => d,
                int i => i,
                // The library turns numbers under a date format into dates; the grid keeps the serial number, as the .xlsx reader does.
                DateTime t => t.ToOADate(),
                TimeSpan s => s.TotalDays,
                _ => null,
            };
            if (raw is bool b)
                return new(b ? "TRUE" : "FALSE", null, false, formula);
            if (number is null)
                return new(CellText.Normalize(CellText.Truncate(Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "", limits.MaxCellChars)), null, false, formula);
            var parsed = double.IsFinite(number.Value) ? XlsxNumbers.Parse(number.Value.ToString("R", CultureInfo.InvariantCulture)) : null;
            if (parsed is null)
                return new(number.Value.ToString("R", CultureInfo.InvariantCulture), null, false, formula);
            var percent = XlsxNumbers.PercentOf(reader.GetNumberFormatIndex(c), reader.GetNumberFormatString(c));
            string shown = percent is { } p ? XlsxNumbers.Percent(parsed.Value, p) : XlsxNumbers.Plain(parsed.Value);
            return new(shown, parsed, percent is not null, formula);
        }

        public CellGrid ToGrid(IEnumerable<CellRange>? merges)
        {
            foreach (var m in merges ?? Array.Empty<CellRange>())
                grid.Merge(m.FromRow + 1, m.FromColumn + 1, m.ToRow + 1, m.ToColumn + 1);
            return grid.ToGrid();
        }
    }
}
