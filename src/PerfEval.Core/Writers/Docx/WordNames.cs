using System.Xml.Linq;

namespace PerfEval.Writers.Docx;

/// <summary>
/// Element names in the document's own WordprocessingML namespace (transitional
/// or strict), and the wrapper elements the Word reader walks through, so the
/// writer sees a table, a row and a cell's text exactly as the reader did.
/// </summary>
internal sealed class WordNames
{
    public const string Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    // The same list as WordDocumentParser.IsWrapper: content inside them is shown, so it counts.
    static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "sdt", "sdtContent", "customXml", "smartTag", "hyperlink", "ins", "moveTo", "fldSimple", "dir", "bdo", "ruby", "rubyBase",
    };

    public WordNames(XNamespace w) => W = w;

    public XNamespace W { get; }
    public bool IsStrict => W.NamespaceName == Strict;

    public XName this[string local] => W + local;

    public bool Is(XElement e, string local) => e.Name.Namespace == W && e.Name.LocalName == local;

    public bool IsWrapper(XElement e) => e.Name.Namespace == W
        ? Wrappers.Contains(e.Name.LocalName)
        : e.Name.Namespace == Mc && e.Name.LocalName is "AlternateContent" or "Fallback";

    /// <summary>An attribute in the element's own namespace (w:val), as the reader reads it.</summary>
    public string? Val(XElement e, string attribute = "val") => (string?)e.Attribute(W + attribute);
}
