using System.CommandLine;
using System.Globalization;
using System.Text;
using PerfEval.Config;

namespace PerfEval.Cli;

/// <summary>The `perfeval` command line: parses arguments and hands each command its options.</summary>
public static class App
{
    public const int Ok = 0, Findings = 1, Usage = 2;

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null)
    {
        var io = new Io(stdout, stderr, stdin);
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Language.Culture(Language.Choose(args, saved));
        try
        {
            return Parse(io, args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>The whole command tree; docs/cli.md documents every visible command and option of it (CliDocTests).</summary>
    public static RootCommand Root(Io io)
    {
        var root = new RootCommand("perfeval：项目支出绩效自评表检查工具——重算得分、核对数字、输出问题清单");
        root.Options.Add(LangOption());
        root.Subcommands.Add(CheckCommand.Create(io));
        root.Subcommands.Add(DumpCommand.Create(io));
        root.Subcommands.Add(RulesCommand.Create(io));
        root.Subcommands.Add(FixCommand.Create(io));
        root.Subcommands.Add(TemplateCommand.Create(io));
        root.Subcommands.Add(SummaryCommand.Create(io));
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>()) help.Description = "显示帮助和用法";
        return root;
    }

    static int Parse(Io io, string[] args)
    {
        var parsed = Root(io).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            io.Err.WriteLine("perfeval: " + OneLine(parsed.Errors[0].Message) + "（用 perfeval --help 查看用法）");
            return Usage;
        }
        if (parsed.Action is System.CommandLine.Help.HelpAction && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh")
        {
            var help = new StringWriter();
            parsed.Invoke(new InvocationConfiguration { Output = help, Error = io.Err });
            io.Out.Write(ChineseHelp(help.ToString()));
            return Ok;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.RawErr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            io.Err.WriteLine("perfeval: " + ex.Message);
            return Usage;
        }
        catch (ConfigException ex)
        {
            io.Err.WriteLine("perfeval: 配置错误：" + ex.Message);
            return Usage;
        }
        catch (Exception ex) when (ErrorText.IsFileSystem(ex))
        {
            io.Err.WriteLine("perfeval: 无法完成：" + ErrorText.Describe(ex));
            return Usage;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The command itself could not finish (a closed stdout, a defect of ours): one line, never a stack trace.
            io.Err.WriteLine("perfeval: 无法完成：" + ErrorText.Describe(ex));
            return Usage;
        }
    }

    /// <summary>`--lang zh|en`, accepted by every command; Run has already applied it before parsing.</summary>
    static Option<string> LangOption()
    {
        // Said in the language asked for: an English reader must learn from the help itself that the rest stays Chinese.
        var description = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? "language of the help layout and of parse errors: zh or en (default: the system's language). perfeval's own texts (these option descriptions, its messages, findings and reports) are always Chinese"
            : "帮助框架和用法错误的语言：zh 或 en（默认按系统语言）；perfeval 自己的文字（选项说明、消息、检查结果和报告）始终是中文";
        var o = new Option<string>("--lang") { Description = description, Recursive = true };
        o.OneOf(Language.Names);
        return o;
    }

    /// <summary>The few help texts System.CommandLine's zh-Hans resources leave in English.</summary>
    static string ChineseHelp(string help) => help
        .Replace("Description:", "说明:")
        .Replace("[default: ", "[默认: ")
        .Replace("Show help and usage information", "显示帮助和用法")
        .Replace(" (REQUIRED)", "（必填）");

    static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();

    /// <summary>--config FILE, else perfeval.json in the current folder when present, else the national defaults.</summary>
    public static Settings LoadSettings(string? configPath)
    {
        if (configPath is not null)
        {
            if (!File.Exists(configPath)) throw new UsageException($"配置文件不存在：{configPath}");
            return Settings.Load(configPath);
        }
        return File.Exists(Settings.DefaultFileName) ? Settings.Load(Settings.DefaultFileName) : new Settings();
    }
}

/// <summary>Where a command reads and writes: the console, or the writers a test passes in.</summary>
public sealed class Io
{
    readonly TextWriter? _out;

    public Io(TextWriter? stdout, TextWriter? stderr, TextReader? stdin = null)
    {
        _out = stdout;
        var encoding = stdout is null || stderr is null ? Terminal.ConsoleTextEncoding() : null;
        Out = stdout ?? new StreamWriter(Console.OpenStandardOutput(), encoding!) { AutoFlush = true };
        RawErr = stderr ?? new StreamWriter(Console.OpenStandardError(), encoding!) { AutoFlush = true };
        Err = new Writers.EscapingWriter(RawErr);
        In = stdin ?? new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
    }

    public TextWriter Out { get; }
    /// <summary>stderr for messages: control characters from file names and forms are escaped (TerminalText).</summary>
    public TextWriter Err { get; }
    /// <summary>stdin, for `--files-from -`.</summary>
    public TextReader In { get; }

    /// <summary>stderr as it is, for the progress line's own cursor control and System.CommandLine's help.</summary>
    public TextWriter RawErr { get; }
    public bool IsConsole => _out is null;

    /// <summary>A byte stream onto stdout for the JSON writers (always UTF-8).</summary>
    public Stream OpenStdout() => IsConsole ? Console.OpenStandardOutput() : new TextWriterStream(Out);
}

/// <summary>Lets byte-oriented writers write UTF-8 into a test's TextWriter.</summary>
sealed class TextWriterStream : Stream
{
    readonly TextWriter _w;
    readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    public TextWriterStream(TextWriter w) => _w = w;

    public override void Write(byte[] buffer, int offset, int count)
    {
        var chars = new char[_decoder.GetCharCount(buffer, offset, count)];
        _decoder.GetChars(buffer, offset, count, chars, 0);
        _w.Write(chars);
    }

    public override void Flush() => _w.Flush();
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
