using System.CommandLine;
using System.Globalization;
using System.Text;

namespace PerfEval.Cli;

/// <summary>
/// `--shard K/N`: this run takes the inputs whose stable hash is K mod N
/// (K from 0, as Kubernetes' $JOB_COMPLETION_INDEX counts). The hash is of
/// the path below the argument the file came from, so machines that mount the
/// data at different places still agree, and a file keeps its shard when
/// others are added.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static Option<string?> Option() => new("--shard")
    {
        HelpName = "K/N",
        Description = "只处理第 K 份（共 N 份，K 从 0 起），如 --shard 0/4；各份输出合起来即全部",
    };

    public static Shard? Parse(string? text)
    {
        if (text is null) return null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k < n)
            return new Shard(k, n);
        throw new UsageException($"--shard {text} 无效：应为 K/N，N ≥ 1，0 ≤ K < N（如 0/4）");
    }

    public bool Takes(InputFile file) => (int)(StableHash(file.Key) % (ulong)Count) == Index;

    public IReadOnlyList<InputFile> Select(IReadOnlyList<InputFile> files) => files.Where(Takes).ToList();

    /// <summary>
    /// 64-bit FNV-1a of the key's UTF-8 bytes (NFC-normalized: macOS stores
    /// names decomposed). string.GetHashCode is randomized per process, so it
    /// cannot split work between machines.
    /// </summary>
    public static ulong StableHash(string key)
    {
        ulong h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(key.Normalize(NormalizationForm.FormC)))
        {
            h ^= b;
            h *= 1099511628211UL;
        }
        return h;
    }
}
