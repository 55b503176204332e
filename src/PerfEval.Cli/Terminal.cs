using System.Text;

namespace PerfEval.Cli;

/// <summary>What the terminal allows: colour only on a terminal and never with NO_COLOR set; text in the console's encoding.</summary>
public static class Terminal
{
    public static bool ColorOnStdout =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static bool ProgressOnStderr => !Console.IsErrorRedirected;

    /// <summary>
    /// The encoding of perfeval's text on stdout and stderr. On Windows, the
    /// console's own code page when it is not UTF-8 (cp936/GBK on Chinese
    /// Windows): cmd.exe, PowerShell and any program reading perfeval through
    /// a pipe decode with it, and switching the console to UTF-8 would change
    /// it for the user's shell too after perfeval exits. Elsewhere, and on a
    /// UTF-8 console, UTF-8 without a byte-order mark. A character the code
    /// page lacks becomes '?'. The machine formats (json, jsonl, sarif,
    /// gitlab, html) are UTF-8 whatever the console, as their specifications say.
    /// </summary>
    public static Encoding TextEncoding(int consoleCodePage, bool windows)
    {
        if (!windows || consoleCodePage is 65001 or 0) return new UTF8Encoding(false);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(consoleCodePage, new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return new UTF8Encoding(false);
        }
    }

    /// <summary>This process's console: its output code page on Windows, UTF-8 elsewhere.</summary>
    public static Encoding ConsoleTextEncoding()
    {
        if (!OperatingSystem.IsWindows()) return new UTF8Encoding(false);
        int cp;
        try { cp = Console.OutputEncoding.CodePage; }
        catch (IOException) { cp = 65001; }
        return TextEncoding(cp, windows: true);
    }
}
