using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PerfEval.Cli;

/// <summary>
/// Files dragged onto perfeval.exe in Explorer: Windows starts it with the
/// files as its only arguments, in a console window of its own that closes
/// the moment it exits. Then perfeval writes an HTML report beside the
/// (first) file, opens it in the browser, and waits for a key before the
/// window closes. From a terminal (the console is shared with a shell) the
/// same arguments are a usage error as before: `perfeval FILE` without a
/// command is not guessed at.
/// </summary>
public static class DragDrop
{
    static readonly HashSet<string> Commands = new(StringComparer.OrdinalIgnoreCase) { "check", "dump", "rules", "fix", "template", "summary" };

    /// <summary>The check arguments and the report path for dropped paths, or null when the arguments are not dropped paths.</summary>
    public static (string[] CheckArgs, string Report)? Plan(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || Commands.Contains(args[0])) return null;
        if (!args.All(a => !a.StartsWith('-') && (File.Exists(a) || Directory.Exists(a)))) return null;
        var first = Path.GetFullPath(args[0]);
        string report = args.Count == 1 && File.Exists(first)
            ? Path.Combine(Path.GetDirectoryName(first)!, Path.GetFileNameWithoutExtension(first) + ".perfeval.html")
            : Path.Combine(Directory.Exists(first) && args.Count == 1 ? first : Path.GetDirectoryName(first)!, "perfeval-报告.html");
        var check = new List<string> { "check" };
        check.AddRange(args.Select(Path.GetFullPath));
        check.AddRange(new[] { "--format", "html", "-o", report, "--fail-on", "never", "--allow-empty" });
        return (check.ToArray(), report);
    }

    /// <summary>Whether this process has a console window of its own (started from Explorer), not one shared with a shell.</summary>
    public static bool OwnsConsole()
    {
        if (!OperatingSystem.IsWindows()) return false;
        try
        {
            var list = new uint[2];
            return GetConsoleProcessList(list, 2) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("kernel32.dll")]
    static extern uint GetConsoleProcessList([Out] uint[] processList, uint processCount);

    /// <summary>Runs the dropped-files check, opens the report, waits for a key. The exit code is check's.</summary>
    public static int Run(string[] checkArgs, string report)
    {
        var io = new Io(null, null);
        io.Out.WriteLine("perfeval 正在检查拖入的文件……");
        int exit = App.Run(checkArgs, io.Out, io.Err);
        if (exit != App.Usage && File.Exists(report))
        {
            io.Out.WriteLine($"报告已写入 {report}，正在用浏览器打开。");
            try { Process.Start(new ProcessStartInfo(report) { UseShellExecute = true }); }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                io.Out.WriteLine("无法自动打开报告，请双击该文件打开。");
            }
        }
        io.Out.WriteLine("按任意键关闭此窗口。");
        try { Console.ReadKey(intercept: true); } catch (InvalidOperationException) { }
        return exit;
    }
}
