using System.Text.Json;
using PerfEval.Findings;
using PerfEval.Model;
using PerfEval.Writers;

namespace PerfEval.Cli;

/// <summary>
/// `check --baseline FILE` / `--write-baseline FILE`: the findings accepted
/// once, so that a re-run reports only new ones. A finding is known by its
/// file (the path relative to the baseline file's folder, '/'-separated, so
/// the baseline travels with the forms in a repository), its form (the
/// form's index in the file and its 项目名称; null for a file-level finding)
/// and its rule, with a count: two PE204 on one form in the baseline hide two,
/// a third is new. Cells and messages are not part of the key, so fixing one
/// number elsewhere in the form does not make the known findings new again.
/// </summary>
public sealed class Baseline
{
    public const int FormatVersion = 1;
    readonly Dictionary<Key, int> _counts;
    readonly string _folder;

    public readonly record struct Key(string File, int? Form, string? Project, string Rule);

    Baseline(string folder, Dictionary<Key, int> counts)
    {
        _folder = folder;
        _counts = counts;
    }

    /// <summary>Findings this run left out because the baseline knows them.</summary>
    public int Suppressed { get; private set; }

    public static Key KeyOf(string baselineFolder, string path, FormResult? form, Finding f) => new(
        Path.GetRelativePath(baselineFolder, Path.GetFullPath(path)).Replace('\\', '/'),
        form?.Form.Index,
        form is null || form.Form.Project.IsEmpty ? null : form.Form.Project.Text,
        f.Rule);

    static string FolderOf(string baselinePath) => Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;

    public static Baseline Load(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"基线文件不存在：{path}（先用 --write-baseline {path} 生成）");
        var counts = new Dictionary<Key, int>();
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("perfevalBaseline", out var v) || v.GetInt32() != FormatVersion
                || !root.TryGetProperty("findings", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new UsageException($"{path} 不是 perfeval 的基线文件（应由 --write-baseline 生成）");
            foreach (var e in list.EnumerateArray())
            {
                var key = new Key(
                    e.GetProperty("file").GetString() ?? throw new FormatException(),
                    e.TryGetProperty("form", out var form) && form.ValueKind == JsonValueKind.Number ? form.GetInt32() : null,
                    e.TryGetProperty("project", out var project) && project.ValueKind == JsonValueKind.String ? project.GetString() : null,
                    e.GetProperty("rule").GetString() ?? throw new FormatException());
                int n = e.TryGetProperty("count", out var c) ? c.GetInt32() : 1;
                if (n < 1) throw new FormatException();
                counts[key] = counts.GetValueOrDefault(key) + n;
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new UsageException($"基线文件 {path} 格式不对（应由 --write-baseline 生成；可删除后重新生成）");
        }
        catch (Exception ex) when (ErrorText.IsFileSystem(ex))
        {
            throw new UsageException("无法读取基线文件 " + ErrorText.Describe(ex, path));
        }
        return new Baseline(FolderOf(path), counts);
    }

    /// <summary>The result without the findings the baseline knows (each known one hides as many as its count).</summary>
    public FileResult Apply(FileResult file) => FindingFilter.Keep(file, (form, f) =>
    {
        var key = KeyOf(_folder, file.Path, form, f);
        if (!_counts.TryGetValue(key, out var left) || left == 0) return true;
        _counts[key] = left - 1;
        Suppressed++;
        return false;
    });

    /// <summary>Collects a run's findings and writes them as a baseline file.</summary>
    public sealed class Writer
    {
        readonly string _path;
        readonly string _folder;
        readonly SortedDictionary<string, (Key Key, int Count)> _found = new(StringComparer.Ordinal);

        public Writer(string path)
        {
            _path = path;
            _folder = FolderOf(path);
        }

        public int Count { get; private set; }

        public void Add(FileResult file)
        {
            foreach (var f in file.Findings) Add(KeyOf(_folder, file.Path, null, f));
            foreach (var form in file.Forms)
                foreach (var f in form.Findings) Add(KeyOf(_folder, file.Path, form, f));
        }

        void Add(Key key)
        {
            Count++;
            var sort = $"{key.File}\u0000{key.Form ?? 0:D6}\u0000{key.Rule}\u0000{key.Project}";
            _found[sort] = _found.TryGetValue(sort, out var had) ? (key, had.Count + 1) : (key, 1);
        }

        public void Write(IEnumerable<string> inputs)
        {
            using var file = OutputFile.Create(_path, inputs);
            using (var w = new Utf8JsonWriter(file.Stream, Json.Options(indented: true)))
            {
                w.WriteStartObject();
                w.WriteNumber("perfevalBaseline", FormatVersion);
                w.WriteStartArray("findings");
                foreach (var (key, count) in _found.Values)
                {
                    w.WriteStartObject();
                    w.WriteString("file", key.File);
                    if (key.Form is { } i) w.WriteNumber("form", i); else w.WriteNull("form");
                    w.Text("project", key.Project);
                    w.WriteString("rule", key.Rule);
                    w.WriteNumber("count", count);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            file.Stream.Write("\n"u8);
            file.Commit();
        }
    }
}
