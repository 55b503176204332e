using System.Text;

namespace PerfEval.Writers.Csv;

/// <summary>The encodings `summary --encoding` offers.</summary>
public static class CsvEncodings
{
    public static readonly string[] Names = { "utf-8-bom", "utf-8", "gbk" };

    /// <summary>
    /// utf-8-bom (default: Excel on Chinese Windows guesses ANSI without the
    /// mark), utf-8 without the mark for scripts, gbk for older systems; a
    /// character GBK lacks becomes '?'. Null for an unknown name.
    /// </summary>
    public static Encoding? Find(string name)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "utf-8-bom": return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
            case "utf-8": return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            case "gbk":
                // .NET Core ships code pages but only registers them on request.
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(936);
            default: return null;
        }
    }
}
