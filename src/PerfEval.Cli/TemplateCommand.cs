using System.CommandLine;
using PerfEval.Writers.Workbook;

namespace PerfEval.Cli;

/// <summary>`perfeval template --out FILE.xlsx|FILE.docx`: the blank standard form.</summary>
public static class TemplateCommand
{
    public static Command Create(Io io)
    {
        var output = new Option<string>("--out", "-o") { Description = "写入的文件：.xlsx（带 fix 使用的定义名称）或 .docx", Required = true };
        var force = new Option<bool>("--force") { Description = "文件已存在时覆盖" };
        var cmd = new Command("template", "写出空白的标准项目支出绩效自评表");
        cmd.Options.Add(output);
        cmd.Options.Add(force);
        cmd.SetAction(r => Run(io, r.GetValue(output)!, r.GetValue(force)));
        return cmd;
    }

    static int Run(Io io, string path, bool force)
    {
        Action<Stream> write = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => TemplateBuilder.WriteXlsx,
            ".docx" => TemplateBuilder.WriteDocx,
            _ => throw new UsageException($"无法写入 {path}：模板只能是 .xlsx 或 .docx"),
        };
        using var file = OutputFile.Create(path, Array.Empty<string>(), force);
        try
        {
            write(file.Stream);
            file.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法写入 {path}：{ex.Message}");
        }
        io.Out.WriteLine(path);
        return App.Ok;
    }
}
