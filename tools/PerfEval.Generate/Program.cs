using PerfEval.Generate;

// `dotnet run --project tools/PerfEval.Generate` rewrites every file generated from the
// rule catalog; `-- --check` only lists the stale ones and exits 1 (for CI and scripts).
var check = args.Contains("--check");
var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Repository.Root();
var stale = 0;
foreach (var file in Generated.Files(root))
{
    var path = Path.Combine(root, file.Path);
    var current = File.Exists(path) ? File.ReadAllText(path) : null;
    if (current == file.Text) continue;
    stale++;
    if (check) Console.WriteLine($"stale: {file.Path}");
    else
    {
        File.WriteAllText(path, file.Text);
        Console.WriteLine($"wrote: {file.Path}");
    }
}
if (stale == 0) Console.WriteLine("all generated files are up to date");
return check && stale > 0 ? 1 : 0;
