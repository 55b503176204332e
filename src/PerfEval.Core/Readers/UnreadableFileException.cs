namespace PerfEval.Readers;

/// <summary>
/// A reader could not open the file. The message is Chinese, says what is
/// wrong and what to do, and becomes a PE001 finding.
/// </summary>
public sealed class UnreadableFileException : Exception
{
    public UnreadableFileException(string message, Exception? inner = null) : base(message, inner) { }
}
