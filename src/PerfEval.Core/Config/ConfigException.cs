namespace PerfEval.Config;

/// <summary>An invalid configuration: the CLI exits 2 with this message.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string message) : base(message) { }
}
