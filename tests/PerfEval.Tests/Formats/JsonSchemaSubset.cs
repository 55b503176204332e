using System.Text.Json;

namespace PerfEval.Tests.Formats;

/// <summary>
/// A validator for the JSON Schema keywords the SARIF subset uses (type,
/// enum, required, properties, additionalProperties, items, anyOf, minimum,
/// maximum, $ref into #/definitions); an unknown keyword fails loudly rather
/// than being skipped, so the subset cannot silently check less than it says.
/// </summary>
public sealed class JsonSchemaSubset
{
    static readonly HashSet<string> Known = new() { "$comment", "$schema", "type", "enum", "required", "properties", "additionalProperties", "items", "anyOf", "minimum", "maximum", "$ref", "definitions" };
    readonly JsonElement _root;

    public JsonSchemaSubset(JsonElement root) => _root = root;

    public List<string> Validate(JsonElement value)
    {
        var errors = new List<string>();
        Check(_root, value, "$", errors);
        return errors;
    }

    void Check(JsonElement schema, JsonElement v, string at, List<string> errors)
    {
        foreach (var p in schema.EnumerateObject())
            if (!Known.Contains(p.Name)) throw new NotSupportedException($"schema keyword {p.Name} at {at}");
        if (schema.TryGetProperty("$ref", out var r))
        {
            var name = r.GetString()!["#/definitions/".Length..];
            Check(_root.GetProperty("definitions").GetProperty(name), v, at, errors);
        }
        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : new List<string> { type.GetString()! };
            if (!types.Any(t => Is(t, v))) { errors.Add($"{at}: expected {string.Join("|", types)}, got {v.ValueKind}"); return; }
        }
        if (schema.TryGetProperty("enum", out var en) && !en.EnumerateArray().Any(e => e.ValueKind == v.ValueKind && e.GetRawText() == v.GetRawText()))
            errors.Add($"{at}: {v.GetRawText()} not in enum");
        if (v.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var min) && v.GetDecimal() < min.GetDecimal()) errors.Add($"{at}: below minimum");
            if (schema.TryGetProperty("maximum", out var max) && v.GetDecimal() > max.GetDecimal()) errors.Add($"{at}: above maximum");
        }
        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => { var e = new List<string>(); Check(s, v, at, e); return e.Count == 0; }))
            errors.Add($"{at}: matches none of anyOf");
        if (v.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var req))
                foreach (var name in req.EnumerateArray().Select(n => n.GetString()!))
                    if (!v.TryGetProperty(name, out _)) errors.Add($"{at}: missing {name}");
            schema.TryGetProperty("properties", out var props);
            foreach (var p in v.EnumerateObject())
            {
                if (props.ValueKind == JsonValueKind.Object && props.TryGetProperty(p.Name, out var ps)) Check(ps, p.Value, $"{at}.{p.Name}", errors);
                else if (schema.TryGetProperty("additionalProperties", out var add))
                {
                    if (add.ValueKind == JsonValueKind.False) errors.Add($"{at}: property {p.Name} not allowed");
                    else if (add.ValueKind == JsonValueKind.Object) Check(add, p.Value, $"{at}.{p.Name}", errors);
                }
            }
        }
        if (v.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            int i = 0;
            foreach (var e in v.EnumerateArray()) Check(items, e, $"{at}[{i++}]", errors);
        }
    }

    static bool Is(string type, JsonElement v) => type switch
    {
        "object" => v.ValueKind == JsonValueKind.Object,
        "array" => v.ValueKind == JsonValueKind.Array,
        "string" => v.ValueKind == JsonValueKind.String,
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => v.ValueKind == JsonValueKind.Null,
        "number" => v.ValueKind == JsonValueKind.Number,
        "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
        _ => throw new NotSupportedException(type),
    };
}
