using System.Text.Json;
using PerfEval.Grid;
using PerfEval.Model;
using PerfEval.Values;

namespace PerfEval.Writers;

/// <summary>`perfeval dump`: the parsed model of every form, no rules.</summary>
public static class DumpWriter
{
    public static void Write(Stream output, string path, IReadOnlyList<Form> forms)
    {
        using var w = new Utf8JsonWriter(output, Json.Options(indented: true));
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteString("path", path);
        w.WriteStartArray("forms");
        foreach (var f in forms) WriteForm(w, f);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static void WriteForm(Utf8JsonWriter w, Form f)
    {
        w.WriteStartObject();
        w.WriteNumber("index", f.Index);
        w.WriteString("location", f.Location);
        w.Text("title", f.Title);
        if (f.Year is { } y) w.WriteNumber("year", y); else w.WriteNull("year");
        Field(w, "project", f.Project);
        Field(w, "department", f.Department);
        Field(w, "implementer", f.Implementer);

        // What recognition made of each header cell: a user sees why a number was or was not read.
        Headers(w, "columns", f.Columns.Select(c => (c.Block, (ColumnRole?)c.Role, c.Label, c.Ref)));
        Headers(w, "notUnderstood", f.Unread.Select(u => (u.Block, (ColumnRole?)null, u.Label, u.Ref)));

        w.WriteStartArray("funding");
        foreach (var r in f.FundingRows)
        {
            w.WriteStartObject();
            w.WriteString("kind", r.Kind.ToString());
            w.WriteString("label", r.Label);
            w.WriteString("cell", r.Ref.ToString());
            Num(w, "initial", r.Initial);
            Num(w, "fullYear", r.FullYear);
            Num(w, "executed", r.Executed);
            Num(w, "weight", r.Weight);
            Num(w, "rate", r.Rate);
            Num(w, "score", r.Score);
            w.WriteBoolean("weightFromLabel", r.WeightFromLabel);
            w.Text("reason", r.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        Field(w, "goalExpected", f.GoalExpected);
        Field(w, "goalActual", f.GoalActual);

        w.WriteStartArray("indicators");
        foreach (var i in f.Indicators)
        {
            w.WriteStartObject();
            w.WriteNumber("number", i.Number);
            w.WriteString("level1", i.Level1.ToString());
            w.WriteString("level1Label", i.Level1Label);
            w.WriteString("level2", i.Level2);
            w.WriteBoolean("isCost", i.IsCost);
            w.WriteString("name", i.Name);
            Value(w, "target", i.Target);
            Value(w, "actual", i.Actual);
            Num(w, "weight", i.Weight);
            Num(w, "score", i.Score);
            w.Text("reason", i.Reason);
            w.WriteString("cell", i.Ref.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("labelWeights");
        foreach (var lw in f.LabelWeights)
        {
            w.WriteStartObject();
            w.WriteString("label", lw.Label);
            w.Number("weight", lw.Weight);
            w.WriteString("scope", lw.Scope.ToString());
            w.WriteString("cell", lw.Ref.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();

        Num(w, "totalWeight", f.TotalWeight);
        Num(w, "statedTotal", f.StatedTotal);
        w.Text("totalRemark", f.TotalRemark);
        w.WritePropertyName("analysis");
        w.WriteStartObject();
        foreach (var (label, text) in f.Analysis) w.WriteString(label, text.Text);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Header cells with their block, their role where one was found, label and cell.</summary>
    static void Headers(Utf8JsonWriter w, string name, IEnumerable<(FormBlock Block, ColumnRole? Role, string Label, CellRef Ref)> cells)
    {
        w.WriteStartArray(name);
        foreach (var (block, role, label, at) in cells)
        {
            w.WriteStartObject();
            w.WriteString("block", block.ToString());
            if (role is { } r) w.WriteString("role", r.ToString());
            w.WriteString("label", label);
            w.WriteString("cell", at.ToString());
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    static void Field(Utf8JsonWriter w, string name, TextField f) => w.Text(name, f.Text);

    static void Num(Utf8JsonWriter w, string name, StatedNumber n)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WriteString("raw", n.Raw);
        w.Number("value", n.Value);
        w.WriteBoolean("percent", n.IsPercent);
        w.WriteBoolean("invalid", n.IsInvalid);
        w.Text("cell", n.Ref?.ToString());
        w.WriteEndObject();
    }

    static void Value(Utf8JsonWriter w, string name, ParsedValue v)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WriteString("raw", v.Raw);
        w.WriteString("comparator", v.Comparator.ToString());
        w.Number("number", v.Number);
        w.Text("unit", v.Unit);
        w.WriteEndObject();
    }
}
