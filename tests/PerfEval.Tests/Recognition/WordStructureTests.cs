using PerfEval.Model;
using PerfEval.Pipeline;
using PerfEval.Tests.Readers;
using static PerfEval.Tests.Recognition.GridBuilder;

namespace PerfEval.Tests.Recognition;

/// <summary>
/// A form drawn inside a text box, as Word saves it: the drawing in
/// mc:Choice (wps:txbx) and a VML copy in mc:Fallback (v:textbox). The form is
/// read once, from the Choice.
/// </summary>
public sealed class WordStructureTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    const string Ns = TestDocx.Namespaces +
        " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"" +
        " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"" +
        " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"" +
        " xmlns:v=\"urn:schemas-microsoft-com:vml\"" +
        " xmlns:w16se=\"http://schemas.microsoft.com/office/word/2015/wordml/symex\"" +
        " mc:Ignorable=\"w16se\"";

    static string Document(string body) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Ns}><w:body>{body}<w:sectPr/></w:body></w:document>";

    static string TextBox(string content) =>
        "<w:p><w:r><mc:AlternateContent>" +
        "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
        "<wp:simplePos x=\"0\" y=\"0\"/><wp:extent cx=\"5000000\" cy=\"8000000\"/><wp:docPr id=\"1\" name=\"文本框 1\"/>" +
        "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
        $"<wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>" +
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
        $"<mc:Fallback><w:pict><v:shape id=\"文本框 1\" style=\"width:400pt;height:600pt\"><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>" +
        "</mc:AlternateContent></w:r></w:p>";

    static string FormXml(string project) =>
        TestDocx.P("项目支出绩效自评表") + TestDocx.P("（2021年度）") + LayoutFiles.WordTable(NationalRows(project));

    FileResult Check(string body) => new Checker().Check(TestDocx.WriteDocumentXml(_dir.File("box.docx"), Document(body)));

    [Fact]
    public void A_form_in_a_text_box_is_read_once_from_mc_Choice()
    {
        var file = Check(TextBox(FormXml("框内项目")));
        var r = Assert.Single(file.Forms);
        Assert.Equal("框内项目", r.Form.Project.Text);
        Assert.Equal(6, r.Form.Indicators.Count);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void A_VML_text_box_without_alternatives_is_read()
    {
        var body = $"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{FormXml("旧版文本框")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        Assert.Equal("旧版文本框", Assert.Single(Check(body).Forms).Form.Project.Text);
    }

    [Fact]
    public void A_Choice_perfeval_cannot_read_gives_way_to_its_Fallback()
    {
        // A symbol (w16se) has its text only in the Fallback.
        var body = "<w:p><w:r><w:t>项目</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"w16se\"><w16se:symEx w16se:font=\"Segoe UI Emoji\" w16se:char=\"2705\"/></mc:Choice>" +
            "<mc:Fallback><w:t>✅</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        var doc = PerfEval.Pipeline.Checker.Read(TestDocx.WriteDocumentXml(_dir.File("sym.docx"), Document(body + LayoutFiles.WordTable(new[] { new[] { "a" } }))));
        Assert.Equal("项目✅", Assert.Single(doc.Grids).Preamble.Single());
    }

    [Fact]
    public void A_form_beside_a_text_box_in_a_cell_keeps_the_box_as_a_nested_table()
    {
        var rows = NationalRows("外层项目");
        var outer = LayoutFiles.WordTable(rows);
        // The box sits in the 主要经验做法 text cell and holds a small table of its own.
        var box = TextBox(LayoutFiles.WordTable(new[] { new[] { "附注", "无" } }));
        outer = outer.Replace(TestDocx.P("做法"), TestDocx.P("做法") + box);
        var file = Check(TestDocx.P("项目支出绩效自评表") + TestDocx.P("（2021年度）") + outer);
        var r = Assert.Single(file.Forms);
        Assert.Equal("外层项目", r.Form.Project.Text);
        Assert.Empty(r.Findings);
    }

    // A frame (w:framePr) as Word 97-2003 and WPS keep it: the title paragraphs carry the frame's properties.
    const string FramePr = "<w:pPr><w:framePr w:w=\"9000\" w:hSpace=\"180\" w:wrap=\"around\" w:vAnchor=\"text\" w:hAnchor=\"page\" w:x=\"1200\" w:y=\"300\"/></w:pPr>";

    static string FramedP(string text) => $"<w:p>{FramePr}{TestDocx.Run(text)}</w:p>";

    [Fact]
    public void A_form_in_a_frame_is_read_with_its_title_and_year()
    {
        // Inside the frame every paragraph, the table's too, carries w:framePr; the table floats (w:tblpPr).
        var table = LayoutFiles.WordTable(NationalRows("框架项目"))
            .Replace("<w:p>", "<w:p>" + FramePr)
            .Replace("<w:tblPr>", "<w:tblPr><w:tblpPr w:leftFromText=\"180\" w:rightFromText=\"180\" w:vertAnchor=\"text\" w:tblpY=\"1\"/>");
        var file = Check(FramedP("项目支出绩效自评表") + FramedP("（2021年度）") + table);
        var r = Assert.Single(file.Forms);
        Assert.Equal("框架项目", r.Form.Project.Text);
        Assert.Equal(2021, r.Form.Year);
        Assert.Equal(6, r.Form.Indicators.Count);
        Assert.Equal(100m, r.Form.StatedTotal.Value);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Of_a_text_box_the_Choice_is_read_and_the_Fallback_never()
    {
        // Word writes the same box twice; here the VML copy is stale, so reading it would show.
        var box = TextBox(FormXml("新版文本框"));
        var stale = FormXml("旧版副本");
        int fallback = box.IndexOf("<mc:Fallback>", StringComparison.Ordinal);
        box = box[..fallback] + box[fallback..].Replace(FormXml("新版文本框"), stale);
        var file = Check(box);
        var r = Assert.Single(file.Forms);
        Assert.Equal("新版文本框", r.Form.Project.Text);
        Assert.Empty(r.Findings);
    }
}
