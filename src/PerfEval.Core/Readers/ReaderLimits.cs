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

    /// <summary>One million grid positions per file, summed over its tables and sheets (spans and merges included).</summary>
    public const int DefaultMaxCellsPerFile = 1_000_000;

    /// <summary>One million cells covered by merged ranges per file, each range counted whole (overlaps count twice).</summary>
    public const int DefaultMaxMergeAreaPerFile = 1_000_000;

    /// <summary>Ten million characters per file: every position's text, merged copies and shared-string uses included.</summary>
    public const long DefaultMaxCharsPerFile = 10_000_000;

    /// <summary>Ten thousand tables or sheets per file: a real file holds a few dozen forms.</summary>
    public const int DefaultMaxGridsPerFile = 10_000;

    /// <summary>
    /// 32 MiB: the most an XML part of a .docx may inflate to for `fix --docx`, which loads the
    /// document into memory (about ten times its size) where `check` streams it. A real
    /// document.xml is under 2 MB; 200 MB of text in a 228 KB file would cost gigabytes.
    /// </summary>
    public const long DefaultMaxEditedPartBytes = 32L * 1024 * 1024;

    public static ReaderLimits Default { get; } = new();

    /// <summary>Most bytes one zip part may inflate to before the file is refused.</summary>
    public long MaxPartBytes { get; init; } = DefaultMaxPartBytes;

    /// <summary>Most positions (rows × columns) one grid may hold before the file is refused.</summary>
    public int MaxCellsPerGrid { get; init; } = DefaultMaxCellsPerGrid;

    /// <summary>Characters kept per cell; the rest is dropped.</summary>
    public int MaxCellChars { get; init; } = DefaultMaxCellChars;

    /// <summary>Most grid positions one file may make the readers produce (WorkBudget).</summary>
    public int MaxCellsPerFile { get; init; } = DefaultMaxCellsPerFile;

    /// <summary>Most cells one file's merged ranges may cover, summed over the ranges (WorkBudget).</summary>
    public int MaxMergeAreaPerFile { get; init; } = DefaultMaxMergeAreaPerFile;

    /// <summary>Most characters one file's grids and paragraphs may hold, copies counted (WorkBudget).</summary>
    public long MaxCharsPerFile { get; init; } = DefaultMaxCharsPerFile;

    /// <summary>Most tables and sheets one file may hold (WorkBudget).</summary>
    public int MaxGridsPerFile { get; init; } = DefaultMaxGridsPerFile;
}
