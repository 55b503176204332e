namespace PerfEval.Readers;

/// <summary>
/// Bounds that keep a hostile or broken file from exhausting memory or time.
/// The defaults are far above anything a real 自评表 needs; tests and callers
/// may lower them.
/// </summary>
public sealed class ReaderLimits
{
    /// <summary>256 MiB: a real document.xml or sheet is a few MB; more means a decompression bomb.</summary>
    public const long DefaultMaxPartBytes = 256L * 1024 * 1024;

    /// <summary>One million positions per grid (rows × columns): a form has a few hundred.</summary>
    public const int DefaultMaxCellsPerGrid = 1_000_000;

    /// <summary>100,000 characters per cell: the longest analysis text runs to a few thousand; longer text is truncated.</summary>
    public const int DefaultMaxCellChars = 100_000;

    /// <summary>
    /// Deepest XML element nesting read. Readers recurse per level, and a
    /// stack overflow cannot be caught; real Office parts stay below 30.
    /// </summary>
    public const int MaxXmlDepth = 200;

    public static ReaderLimits Default { get; } = new();

    /// <summary>Most bytes one zip part may inflate to before the file is refused.</summary>
    public long MaxPartBytes { get; init; } = DefaultMaxPartBytes;

    /// <summary>Most positions (rows × columns) one grid may hold before the file is refused.</summary>
    public int MaxCellsPerGrid { get; init; } = DefaultMaxCellsPerGrid;

    /// <summary>Characters kept per cell; the rest is dropped.</summary>
    public int MaxCellChars { get; init; } = DefaultMaxCellChars;
}
