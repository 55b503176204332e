using System.Diagnostics;

namespace PerfEval.Tests.Hostile;

/// <summary>The built perfeval (next to the test assembly) as a child process, for what only a real process shows: signals, environment.</summary>
internal static class PerfevalProcess
{
    public static (Process Child, Task<string> Stdout) Start(string workDir, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "perfeval.exe" : "perfeval");
        var psi = File.Exists(apphost)
            ? new ProcessStartInfo(apphost)
            : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "perfeval.dll") } };
        psi.WorkingDirectory = workDir;
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        return (p, stdout);
    }
}
