using System.Globalization;
using System.Xml;

namespace PerfEval.Writers.Workbook.Xlsx;

/// <summary>The workbook's shared string table: each distinct text once, cells refer to it by index.</summary>
internal sealed class SharedStrings
{
    readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    readonly List<string> _texts = new();
    int _uses;

    public int Count => _texts.Count;

    public int Index(string text)
    {
        _uses++;
        if (_index.TryGetValue(text, out var i)) return i;
        _index[text] = i = _texts.Count;
        _texts.Add(text);
        return i;
    }

    public void Write(XmlWriter w)
    {
        w.WriteStartDocument(true);
        w.WriteStartElement("sst", PackageWriter.MainNs);
        w.WriteAttributeString("count", _uses.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("uniqueCount", _texts.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var t in _texts)
        {
            w.WriteStartElement("si");
            SheetXml.TextElement(w, t);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }
}
