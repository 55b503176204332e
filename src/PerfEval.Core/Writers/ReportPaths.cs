namespace PerfEval.Writers;

/// <summary>How the CI formats name a file: relative paths '/'-separated, as code-scanning services expect.</summary>
public static class ReportPaths
{
    public static string Slashed(string path) => path.Replace('\\', '/');

    /// <summary>A relative path as a relative URI reference (each segment percent-encoded); an absolute one as a file: URI.</summary>
    public static string Uri(string path)
    {
        if (System.IO.Path.IsPathFullyQualified(path)) return new System.Uri(path).AbsoluteUri;
        var segments = Slashed(path).Split('/').Where(s => s != ".");
        return string.Join('/', segments.Select(s => s == ".." ? s : System.Uri.EscapeDataString(s)));
    }
}
