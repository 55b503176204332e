using static PerfEval.Writers.Csv.CsvText;
using PerfEval.Model;

namespace PerfEval.Writers.Csv;

/// <summary>`summary --out`: one row per form, columns in the order of cli.md.</summary>
public sealed class FormsCsv : IDisposable
{
    /// <summary>The columns: FormFields.Csv, each spelled by its kind.</summary>
    public static IReadOnlyList<CsvColumn<FormRow>> Columns { get; } = ColumnsOf(FormFields.Csv);

    static IReadOnlyList<CsvColumn<FormRow>> ColumnsOf(IReadOnlyList<FormField> fields) =>
        fields.Select(field => new CsvColumn<FormRow>(field.Name, field.Header, r => Cell(field, r))).ToList();

    static string Cell(FormField field, FormRow r)
    {
        var v = field.Value(r);
        return field.Kind switch
        {
            FieldKind.Text => Text(v.Text),
            FieldKind.Number => Number(v.Number),
            FieldKind.Score => Score(v.Number),
            FieldKind.Percent => Percent(v.Number),
            _ => throw new InvalidOperationException($"{field.Name} is not a field of the CSV"),
        };
    }

    readonly CsvTable<FormRow> _table;

    public FormsCsv(TextWriter output, CsvHeader header, bool writeHeader = true) =>
        _table = new CsvTable<FormRow>(output, Columns, header, writeHeader);

    /// <summary>The table with another layout of the form's fields (FormFieldsTests adds a column this way).</summary>
    public FormsCsv(TextWriter output, CsvHeader header, IReadOnlyList<FormField> fields) =>
        _table = new CsvTable<FormRow>(output, ColumnsOf(fields), header);

    public int Rows => _table.Rows;

    public void Write(FileResult file)
    {
        foreach (var form in file.Forms) _table.Write(new FormRow(file.Path, form, _table.Rows + 1));
        _table.Flush();
    }

    public void Dispose() => _table.Dispose();
}
