using System.Xml.Linq;

namespace PerfEval.Writers.Docx;

/// <summary>
/// Element names in the document's own WordprocessingML namespace (transitional
/// or strict). Which elements hold a cell's text is the Word reader's knowledge
/// alone: the writer edits the elements the reader located.
/// </summary>
internal sealed class WordNames
{
    public const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    public WordNames(XNamespace w) => W = w;

    public XNamespace W { get; }
    public bool IsStrict => W.NamespaceName == Strict;

    public XName this[string local] => W + local;

    public bool Is(XElement e, string local) => e.Name.Namespace == W && e.Name.LocalName == local;
}
