namespace Kempelen.Cli;

/// <summary>A command line that cannot run: printed as one line on stderr, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message)
{
    /// <summary>
    /// Runs an operation whose refusals that name a parameter (an unknown worker, a malformed code) are mistakes in the
    /// command line, told as "--parameter: why", rather than failures of the operation.
    /// </summary>
    public static async Task<T> ForRefusedParametersAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (DomainException refusal) when (refusal.Parameter is { } parameter)
        {
            throw new UsageException($"--{parameter}: {refusal.Message}");
        }
    }
}
