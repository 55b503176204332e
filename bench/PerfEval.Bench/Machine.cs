namespace PerfEval.Bench;

/// <summary>The processor a measurement ran on, named in every table so a figure is never read without it.</summary>
public static class Machine
{
    /// <summary>"2 cores, AMD EPYC 7B13" (the model name from /proc/cpuinfo where there is one).</summary>
    public static string Describe() => $"{Environment.ProcessorCount} cores, {Model()}";

    static string Model()
    {
        try
        {
            var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return model?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown CPU";
        }
    }
}
