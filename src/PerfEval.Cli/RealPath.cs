namespace PerfEval.Cli;

/// <summary>
/// The path a file really has once every symbolic link on the way is
/// followed, so that "is this output one of the inputs?" cannot be fooled by
/// another spelling of the same place (../x, ./x, a linked folder).
/// </summary>
static class RealPath
{
    const int MaxLinks = 40;

    static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static string Of(string path) => Resolve(Path.GetFullPath(path), 0);

    public static bool Same(string a, string b) => string.Equals(a, b, Comparison);

    static string Resolve(string full, int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (int i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { target = null; }
            if (target is null || links >= MaxLinks)
            {
                current = next;
                continue;
            }
            var resolved = Path.GetFullPath(target, current);
            var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
            return Resolve(rest.Length == 0 ? resolved : Path.Combine(resolved, rest), links + 1);
        }
        return current;
    }
}
