using System.Diagnostics;
using System.Globalization;
using PerfEval.Model;

namespace PerfEval.Cli;

/// <summary>
/// The progress line on stderr: files done, forms, findings so far, rate and
/// time left, redrawn in place at most ten times a second. Only on a terminal
/// (Create returns null otherwise), so logs and pipes never see it.
/// </summary>
public sealed class Progress
{
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    const string ClearLine = "\r\u001b[K";

    readonly TextWriter _err;
    readonly int _total;
    readonly Func<TimeSpan> _clock;
    readonly int _width;
    TimeSpan? _lastDraw;
    bool _drawn;

    public Progress(TextWriter err, int totalFiles, Func<TimeSpan>? clock = null, int width = 80)
    {
        _err = err;
        _total = totalFiles;
        var watch = Stopwatch.StartNew();
        _clock = clock ?? (() => watch.Elapsed);
        _width = width;
    }

    /// <summary>
    /// A progress line when stderr is a terminal of the real console and
    /// neither --no-progress nor --quiet was given, else null.
    /// </summary>
    public static Progress? Create(Io io, int totalFiles, bool wanted, bool reportOnStdout) =>
        wanted && io.IsConsole && Terminal.ProgressOnStderr && totalFiles > 1
            ? new Progress(io.Err, totalFiles, width: ConsoleWidth()) { SharesScreen = reportOnStdout && !Console.IsOutputRedirected }
            : null;

    /// <summary>When the report goes to the same screen, the line is cleared before each part of it.</summary>
    public bool SharesScreen { get; init; }

    public int Files { get; private set; }
    public int Forms { get; private set; }
    public int Findings { get; private set; }

    public void Add(FileResult file)
    {
        Files++;
        Forms += file.Forms.Count;
        Findings += file.AllFindings.Count();
        var now = _clock();
        bool due = _lastDraw is not { } last || now - last >= Interval || (SharesScreen && !_drawn);
        if (!due) return;
        _err.Write(ClearLine + Line(now));
        _err.Flush();
        _lastDraw = now;
        _drawn = true;
    }

    /// <summary>Removes the line, before the report writes to the screen or when the run ends.</summary>
    public void Hide()
    {
        if (!_drawn) return;
        _err.Write(ClearLine);
        _err.Flush();
        _drawn = false;
    }

    /// <summary>The line's text at a moment: as much of it as the terminal's width holds.</summary>
    public string Line(TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = new List<string>
        {
            $"{Bar()} {Files}/{_total} 个文件",
            $"{Forms} 张表",
            $"问题 {Findings}",
        };
        if (elapsed.TotalSeconds >= 0.5 && Files > 0)
        {
            var perSecond = Files / elapsed.TotalSeconds;
            parts.Add(string.Format(inv, "{0:0.0} 个/秒", perSecond));
            var left = TimeSpan.FromSeconds((_total - Files) / perSecond);
            parts.Add("剩余 " + Clock(left));
        }
        var line = parts[0];
        foreach (var p in parts.Skip(1))
        {
            var next = line + " · " + p;
            if (DisplayWidth(next) >= _width) break;
            line = next;
        }
        return line;
    }

    string Bar()
    {
        const int cells = 20;
        int done = _total == 0 ? cells : (int)((long)Files * cells / _total);
        return "[" + new string('#', done) + new string('-', cells - done) + "]";
    }

    static string Clock(TimeSpan t) => t.TotalHours >= 1
        ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}"
        : $"{t.Minutes}:{t.Seconds:00}";

    /// <summary>Columns a terminal gives the text: CJK characters take two.</summary>
    public static int DisplayWidth(string s) => s.Sum(c => c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uff60') || (c >= '\uffe0' && c <= '\uffe6')) ? 2 : 1);

    static int ConsoleWidth()
    {
        try { return Console.WindowWidth > 10 ? Console.WindowWidth : 80; }
        catch (IOException) { return 80; }
    }
}
