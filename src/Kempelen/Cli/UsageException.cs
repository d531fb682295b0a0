namespace Kempelen.Cli;

/// <summary>A command line that cannot run: printed as one line on stderr, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
