using System.CommandLine;
using PerfEval.Writers.Workbook;

namespace PerfEval.Cli;

/// <summary>`perfeval template -o FILE.xlsx|FILE.docx`: the blank standard form.</summary>
public static class TemplateCommand
{
    public static Command Create(Io io)
    {
        var output = CommonOptions.Output("写入的文件：.xlsx（带 fix 使用的定义名称）或 .docx（必填）");
        var oldOut = CommonOptions.OldOut();
        var force = new Option<bool>("--force") { Description = "文件已存在时覆盖" };
        var cmd = new Command("template", "写出空白的标准项目支出绩效自评表");
        cmd.Options.Add(output);
        cmd.Options.Add(oldOut);
        cmd.Options.Add(force);
        CommonOptions.RequireOutput(cmd, output, oldOut, "模板文件 .xlsx 或 .docx");
        cmd.SetAction(r => Run(io, CommonOptions.OutputOf(r, output, oldOut)!, r.GetValue(force)));
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
        if (File.Exists(path) && !force) throw new UsageException($"{path} 已存在；要覆盖请加 --force");
        using var file = OutputFile.Create(path, Array.Empty<string>());
        try
        {
            write(file.Stream);
            file.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("无法写入 " + ErrorText.Describe(ex, path));
        }
        io.Out.WriteLine(path);
        return App.Ok;
    }
}
