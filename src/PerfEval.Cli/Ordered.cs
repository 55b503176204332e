namespace PerfEval.Cli;

/// <summary>
/// Runs work on several threads but yields results in input order, keeping at
/// most a small window in flight so memory stays flat on any batch size.
/// </summary>
public static class Ordered
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> work, int jobs)
    {
        if (jobs <= 1 || items.Count <= 1)
        {
            foreach (var item in items) yield return work(item);
            yield break;
        }

        int window = jobs * 4;
        var pending = new Queue<Task<TOut>>();
        using var gate = new SemaphoreSlim(jobs);
        int next = 0;

        Task<TOut> Start(TIn item) => Task.Run(async () =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try { return work(item); }
            finally { gate.Release(); }
        });

        while (next < items.Count && pending.Count < window) pending.Enqueue(Start(items[next++]));
        while (pending.Count > 0)
        {
            var result = pending.Dequeue().GetAwaiter().GetResult();
            if (next < items.Count) pending.Enqueue(Start(items[next++]));
            yield return result;
        }
    }
}
