namespace PerfEval.Tests.Fuzz;

/// <summary>
/// How long each fuzz target runs. In CI (`dotnet test`) a few seconds, on
/// one thread, so the suite stays fast; for a real campaign set
/// PERFEVAL_FUZZ_SECONDS, which also spreads the work over every core:
/// <c>PERFEVAL_FUZZ_SECONDS=600 dotnet test tests/PerfEval.Tests --filter Category=Fuzz</c>.
/// A failure prints a CsCheck seed; CsCheck_Seed=... replays it.
/// </summary>
internal static class FuzzTime
{
    public const string Variable = "PERFEVAL_FUZZ_SECONDS";

    static int? Configured =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out int s) && s > 0 ? s : null;

    /// <summary>Seconds for one target: the variable's value, else the CI default given.</summary>
    public static int Seconds(int ciDefault) => Configured ?? ciDefault;

    public static int Threads => Configured is null ? 1 : Environment.ProcessorCount;

    /// <summary>
    /// Runs one case on a worker thread and fails if it outlives the limit:
    /// a hang must fail the test, not stall the suite.
    /// </summary>
    public static T Bounded<T>(Func<T> work, TimeSpan limit, string what)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(limit))
            throw new TimeoutException($"{what} did not finish within {limit.TotalSeconds:0} s");
        return task.GetAwaiter().GetResult();
    }
}
