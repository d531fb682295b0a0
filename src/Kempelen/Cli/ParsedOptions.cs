using System.Globalization;
using Kempelen.Finance;
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
        var value = GetLong(name, fallback);
        return value <= int.MaxValue ? (int)value : throw new UsageException($"--{name} must be at most {int.MaxValue}; got {value}");
    }

    public long GetLong(string name, long fallback)
    {
        var text = Get(name);
        if (text is null)
        {
            return fallback;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"--{name} must be a whole number; got '{text}'");
    }

    /// <summary>A dollar amount like 50.00, from the option or, when it is absent, from <paramref name="fallback"/>.</summary>
    public Money RequireAmount(string name, string? fallback = null)
    {
        var text = Get(name) ?? fallback ?? Require(name);
        return Money.TryParse(text, out var amount)
            ? amount
            : throw new UsageException($"--{name} must be an amount like 50.00 with at most two decimals; got '{text}'");
    }

    /// <summary>The whole text (UTF-8) of the file the option names.</summary>
    public async Task<string> ReadFileAsync(string name, CancellationToken cancellationToken)
    {
        var path = Require(name);
        return File.Exists(path)
            ? await File.ReadAllTextAsync(path, System.Text.Encoding.UTF8, cancellationToken)
            : throw new UsageException($"--{name} {path} does not exist");
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
