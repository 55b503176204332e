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
/// out-of-range sector chain never reaches the library.
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
        var formulas = BiffFormulas.Scan(cfb.ReadStream(book, limits.MaxPartBytes));
        file.Position = 0;
        return new SourceDocument(path, ReadSheets(file, formulas));
    });

    List<CellGrid> ReadSheets(Stream file, BiffFormulas formulas)
    {
        var grids = new List<CellGrid>();
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateBinaryReader(file, new ExcelReaderConfiguration { LeaveOpen = true });
        }
        catch (InvalidPasswordException)
        {
            throw ReadErrors.Encrypted(OfficeKind.Excel);
        }
        catch (Exception e) when (e is HeaderException or CompoundDocumentException or ExcelReaderException or NotSupportedException)
        {
            throw LegacyErrors.BadWorkbook(e);
        }
        using (reader)
        {
            int position = 0;
            do
            {
                position++;
                var grid = new SheetGrid(reader.Name ?? $"Sheet{position}", position, limits, formulas.Sheet(position - 1));
                grid.Read(reader);
                var built = grid.ToGrid(reader.MergeCells);
                bool hidden = reader.VisibleState is "hidden" or "veryhidden";
                if (!hidden || HoldsForm(built))
                    grids.Add(built);
            }
            while (reader.NextResult());
        }
        return grids;
    }

    static bool HoldsForm(CellGrid grid) =>
        grid.Rows.Any(row => row.Cells.Any(cell => cell.IsOrigin && FormMarkers.Any(m => cell.Text.Contains(m, StringComparison.Ordinal))));

    /// <summary>One worksheet's values as they are read, then its grid with merges resolved.</summary>
    sealed class SheetGrid
    {
        sealed record Value(string Text, decimal? Number, bool Percent, bool Formula);

        readonly string name;
        readonly int position;
        readonly ReaderLimits limits;
        readonly HashSet<long> formulaCells;
        readonly Dictionary<long, Value> values = new();
        int lastRow, lastCol;

        public SheetGrid(string name, int position, ReaderLimits limits, HashSet<long> formulaCells)
        {
            this.name = name;
            this.position = position;
            this.limits = limits;
            this.formulaCells = formulaCells;
        }

        string Label => $"工作表“{name}”";

        static long Key(int row, int col) => ((long)row << 16) | (uint)col;

        public void Read(IExcelDataReader reader)
        {
            // The library walks every row up to the last one it saw; a crafted DIMENSIONS must not make that a billion.
            if ((long)reader.RowCount * reader.FieldCount > (long)limits.MaxCellsPerGrid * 4)
                throw ReadErrors.TooManyCells(Label, limits.MaxCellsPerGrid);
            int row = 0;
            while (reader.Read())
            {
                row++;
                for (int c = 0; c < reader.FieldCount; c++)
                {
                    var raw = reader.GetValue(c);
                    if (raw is null)
                        continue;
                    var value = Interpret(raw, reader, c, formulaCells.Contains(BiffFormulas.Key(row - 1, c)));
                    values[Key(row, c + 1)] = value;
                    if (values.Count > limits.MaxCellsPerGrid)
                        throw ReadErrors.TooManyCells(Label, limits.MaxCellsPerGrid);
                    Extend(row, c + 1);
                }
            }
        }

        Value Interpret(object raw, IExcelDataReader reader, int c, bool formula)
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
                return new Value(b ? "TRUE" : "FALSE", null, false, formula);
            if (number is null)
                return new Value(CellText.Normalize(CellText.Truncate(Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "", limits.MaxCellChars)), null, false, formula);
            var parsed = double.IsFinite(number.Value) ? XlsxNumbers.Parse(number.Value.ToString("R", CultureInfo.InvariantCulture)) : null;
            if (parsed is null)
                return new Value(number.Value.ToString("R", CultureInfo.InvariantCulture), null, false, formula);
            var percent = XlsxNumbers.PercentOf(reader.GetNumberFormatIndex(c), reader.GetNumberFormatString(c));
            string shown = percent is { } p ? XlsxNumbers.Percent(parsed.Value, p) : XlsxNumbers.Plain(parsed.Value);
            return new Value(shown, parsed, percent is not null, formula);
        }

        void Extend(int row, int col)
        {
            lastRow = Math.Max(lastRow, row);
            lastCol = Math.Max(lastCol, col);
        }

        public CellGrid ToGrid(IEnumerable<CellRange>? merges)
        {
            var covered = new Dictionary<long, (int Row, int Col)>();
            var ranges = new List<(int R1, int C1, int R2, int C2)>();
            foreach (var m in merges ?? Array.Empty<CellRange>())
            {
                int r1 = Math.Min(m.FromRow, m.ToRow) + 1, r2 = Math.Max(m.FromRow, m.ToRow) + 1;
                int c1 = Math.Min(m.FromColumn, m.ToColumn) + 1, c2 = Math.Max(m.FromColumn, m.ToColumn) + 1;
                if (r1 < 1 || c1 < 1 || (r1 == r2 && c1 == c2))
                    continue;
                ranges.Add((r1, c1, r2, c2));
                Extend(r2, c2);
            }
            if ((long)lastRow * lastCol > limits.MaxCellsPerGrid)
                throw ReadErrors.TooManyCells(Label, limits.MaxCellsPerGrid);
            // Within the grid bound now, so covering every position of every merge stays proportional to the grid.
            long area = 0;
            foreach (var (r1, c1, r2, c2) in ranges)
            {
                area += (long)(r2 - r1 + 1) * (c2 - c1 + 1);
                if (area > limits.MaxCellsPerGrid)
                    throw ReadErrors.TooManyCells(Label, limits.MaxCellsPerGrid);
                for (int row = r1; row <= r2; row++)
                    for (int col = c1; col <= c2; col++)
                        if (row != r1 || col != c1)
                            covered[Key(row, col)] = (r1, c1);
            }

            var rows = new List<GridRow>(lastRow);
            for (int row = 1; row <= lastRow; row++)
            {
                var cells = new GridCell[lastCol];
                for (int col = 1; col <= lastCol; col++)
                {
                    var at = new CellRef(position, row, col, name);
                    var origin = at;
                    long key = Key(row, col);
                    if (covered.TryGetValue(key, out var top))
                    {
                        origin = new CellRef(position, top.Row, top.Col, name);
                        key = Key(top.Row, top.Col);
                    }
                    values.TryGetValue(key, out var v);
                    cells[col - 1] = new GridCell
                    {
                        Text = v?.Text ?? "",
                        Ref = at,
                        Origin = origin,
                        Number = v?.Number,
                        IsPercentFormat = v?.Percent ?? false,
                        IsFormula = v?.Formula ?? false,
                    };
                }
                rows.Add(new GridRow(row, cells));
            }
            return new CellGrid(name, rows, Array.Empty<string>(), name, position);
        }
    }
}
