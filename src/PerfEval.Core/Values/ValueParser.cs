namespace PerfEval.Values;

/// <summary>Parses indicator values by the grammar of forms.md.</summary>
public static class ValueParser
{
    public static ParsedValue Parse(string? raw) => throw new NotImplementedException();
}
