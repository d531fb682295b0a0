using System.Globalization;
using Kempelen.Storage;

namespace Kempelen.Cli;

public sealed class ParsedOptions(string verb, IReadOnlyDictionary<string, string?> values)
{
    public string Verb { get; } = verb;

    public bool Has(string name) => values.ContainsKey(name);

    public string? Get(string name) => values.TryGetValue(name, out var value) ? value : null;

    public string Require(string name) => Get(name) ?? throw new UsageException($"{Verb} needs --{name}; see {Verb} --help");

    public int GetInt(string name, int fallback)
    {
        var text = Get(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"--{name} must be a whole number; got '{text}'");
    }

    /// <summary>The --data, --database and --connection-string options every verb shares.</summary>
    public StorageOptions Storage()
    {
        var provider = Get("database") switch
        {
            null or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            var other => throw new UsageException($"--database must be sqlite or postgres; got '{other}'"),
        };
        var connectionString = Get("connection-string");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new UsageException("--database postgres needs --connection-string, e.g. \"Host=127.0.0.1;Database=kempelen;Username=kempelen;Password=…\"");
        }

        return new StorageOptions(provider, Get("data") ?? StorageOptions.DefaultDataDirectory, connectionString);
    }
}
