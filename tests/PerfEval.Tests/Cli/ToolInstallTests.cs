using System.Diagnostics;
using PerfEval.Samples;

namespace PerfEval.Tests.Cli;

/// <summary>
/// `dotnet pack` makes a .NET tool whose command is perfeval: installed into a
/// temporary tool path it runs. Slow (a pack and an install): Category=Slow.
/// </summary>
[Trait("Category", "Slow")]
public class ToolInstallTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("perfeval-tool-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static (int Exit, string Out) Dotnet(string args, string cwd)
    {
        var psi = new ProcessStartInfo("dotnet", args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = cwd };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output + err.Result);
    }

    [Fact]
    public void The_package_installs_as_a_dotnet_tool_and_runs()
    {
        var root = SeedText.FindRepoRoot();
        var nupkg = Path.Combine(_dir, "nupkg");
        var tools = Path.Combine(_dir, "tools");
        var (exit, log) = Dotnet($"pack src/PerfEval.Cli -c Release -o \"{nupkg}\"", root);
        Assert.True(exit == 0, log);
        var package = Assert.Single(Directory.GetFiles(nupkg, "perfeval.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["perfeval.".Length..];

        (exit, log) = Dotnet($"tool install perfeval --tool-path \"{tools}\" --add-source \"{nupkg}\" --version {version}", _dir);
        Assert.True(exit == 0, log);

        var exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "perfeval.exe" : "perfeval");
        var psi = new ProcessStartInfo(exe, "--version") { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var printed = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        Assert.Equal(version, printed);
    }
}
