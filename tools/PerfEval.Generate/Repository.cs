namespace PerfEval.Generate;

public static class Repository
{
    /// <summary>The repository root: the nearest folder upwards holding PerfEvalCli.sln.</summary>
    public static string Root(string? from = null)
    {
        for (var dir = new DirectoryInfo(from ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PerfEvalCli.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PerfEvalCli.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("PerfEvalCli.sln not found above " + (from ?? AppContext.BaseDirectory));
    }
}
