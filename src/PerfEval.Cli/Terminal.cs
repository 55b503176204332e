namespace PerfEval.Cli;

/// <summary>What the terminal allows: colour only on a terminal and never with NO_COLOR set.</summary>
public static class Terminal
{
    public static bool ColorOnStdout =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static bool ProgressOnStderr => !Console.IsErrorRedirected;
}
