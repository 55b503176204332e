using System.CommandLine;
using PerfEval.Pipeline;
using PerfEval.Readers;
using PerfEval.Recognition;
using PerfEval.Writers;

namespace PerfEval.Cli;

/// <summary>`perfeval dump PATH`: the parsed model as JSON, no rules — for seeing what perfeval read.</summary>
public static class DumpCommand
{
    public static Command Create(Io io)
    {
        var path = new Argument<string>("PATH") { Description = "一个 .docx 或 .xlsx 文件" };
        var output = CommonOptions.Output();
        var cmd = new Command("dump", "以 JSON 输出识别出的表格内容（不做检查）");
        cmd.Arguments.Add(path);
        cmd.Options.Add(output);
        var force = CommonOptions.Force();
        cmd.Options.Add(force);
        cmd.SetAction(r => Run(io, r.GetValue(path)!, r.GetValue(output), r.GetValue(force)));
        return cmd;
    }

    static int Run(Io io, string path, string? output, bool force)
    {
        if (!File.Exists(path)) throw new UsageException($"文件不存在：{path}");
        IReadOnlyList<PerfEval.Model.Form> forms;
        try
        {
            forms = FormRecognizer.Recognize(Checker.Read(path));
        }
        catch (UnreadableFileException ex)
        {
            io.Err.WriteLine($"{path}: PE001 无法读取文件：{ex.Message}");
            return App.Findings;
        }
        using var file = output is null ? null : OutputFile.Create(output, new[] { path }, force);
        var stream = file?.Stream ?? io.OpenStdout();
        DumpWriter.Write(stream, path, forms);
        stream.Write("\n"u8);
        stream.Flush();
        file?.Commit();
        if (forms.Count == 0)
        {
            io.Err.WriteLine($"{path}: PE002 文件中未找到项目支出绩效自评表");
            return App.Findings;
        }
        return App.Ok;
    }
}
