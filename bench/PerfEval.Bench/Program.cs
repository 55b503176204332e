using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PerfEval.Bench;

// whole: the whole-run benchmark (see bench/README.md); floor: its floor, run as a child process;
// steady: the stages on one thread; micro: BenchmarkDotNet (e.g. `micro --filter '*'`).
return args.FirstOrDefault() switch
{
    "whole" => WholeRun.Run(args[1..]),
    "floor" => Floor.Run(args[1..]),
    "steady" => Steady.Run(args[1..]),
    "micro" => Micro(args[1..]),
    "legacy" => LegacyCorpus.Run(args[1..]),
    "hostile" => HostileBatch.Run(args[1..]),
    _ => Usage(),
};

static int Micro(string[] args)
{
    // Results land beside the other generated output (bench/out), not wherever the command was run.
    var artifacts = Path.Combine(PerfEval.Samples.SeedText.FindRepoRoot(), "bench", "out", "BenchmarkDotNet.Artifacts");
    BenchmarkSwitcher.FromAssembly(typeof(WholeRun).Assembly).Run(args, DefaultConfig.Instance.WithArtifactsPath(artifacts));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: PerfEval.Bench whole [--files N] [--sizes A,B,C] [--repeat R] [--jobs J] [--kinds docx,xlsx,mixed] [--corpus DIR] [--perfeval PATH]");
    Console.Error.WriteLine("       PerfEval.Bench steady [--passes N] DIR|FILE…");
    Console.Error.WriteLine("       PerfEval.Bench micro [BenchmarkDotNet options, e.g. --filter '*']");
    return 2;
}
