namespace PerfEval.Readers.Legacy;

/// <summary>
/// A legacy file that is well formed but uses something the native reader
/// does not read (an old Word 6/95 file, an unknown WPS layout). The
/// dispatcher hands it to LibreOffice when it is there; else the reason
/// becomes the PE001.
/// </summary>
public sealed class UnsupportedLegacyException : Exception
{
    public UnsupportedLegacyException(string reason) : base(reason) { }

    /// <summary>The Chinese reason, as a clause: "文件是 Word 6.0/95 格式".</summary>
    public string Reason => Message;
}
