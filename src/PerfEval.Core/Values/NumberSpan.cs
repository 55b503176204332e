namespace PerfEval.Values;

/// <summary>
/// Where, in a cell's text as written, sits the number <see cref="NumberText.Parse"/>
/// reads: [Start, NumberEnd) the digits, [NumberEnd, End) a percent sign after them
/// (with any space before it). A writer replaces exactly that stretch.
/// </summary>
public readonly record struct NumberSpan(int Start, int NumberEnd, int End);

public static partial class NumberText
{
    /// <summary>The span of the number in <paramref name="raw"/>; null when Parse reads no number there.</summary>
    public static NumberSpan? Locate(string raw)
    {
        if (Parse(raw, null).Value is null) return null;
        // Fold as Parse does, remembering where each kept character was written.
        var folded = new System.Text.StringBuilder(raw.Length);
        var at = new List<int>(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            if (TextFold.Fold(raw[i]) is not { } c) continue;
            folded.Append(c);
            at.Add(i);
        }
        var s = folded.ToString();
        int start = 0, end = s.Length;
        if (start < end && s[start] == '=') start++;
        if (start < end && s[start] == '约') start++;
        int numberEnd = end;
        bool percent = end > start && s[end - 1] == '%';
        if (percent)
            numberEnd = end - 1;
        else if (UnitSuffixes.FirstOrDefault(u => s.AsSpan(start, end - start).EndsWith(u, StringComparison.Ordinal)) is { } unit)
            numberEnd = end - unit.Length;
        if (numberEnd <= start || !Number().IsMatch(s[start..numberEnd])) return null;
        int from = at[start], to = at[numberEnd - 1] + 1;
        return new NumberSpan(from, to, percent ? at[end - 1] + 1 : to);
    }
}
