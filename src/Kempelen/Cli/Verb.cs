namespace Kempelen.Cli;

/// <summary>A command: its words ("admin create-requester"), what it does, its options and how it runs.</summary>
public sealed record Verb(string Name, string Summary, IReadOnlyList<OptionSpec> Options, Func<ParsedOptions, CancellationToken, Task<int>> RunAsync)
{
    public static readonly IReadOnlyList<OptionSpec> StorageOptions =
    [
        new("data", "Folder for the SQLite database and the master key", "DIR", Kempelen.Storage.StorageOptions.DefaultDataDirectory),
        new("database", "sqlite or postgres", "KIND", "sqlite"),
        new("connection-string", "Database connection string (required for postgres)", "CS"),
    ];

    public ParsedOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unexpected argument '{arg}' for '{Name}'; see {Name} --help");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            var option = Options.FirstOrDefault(o => o.Name == name)
                ?? throw new UsageException($"unknown option '--{name}' for '{Name}'; see {Name} --help");
            if (values.ContainsKey(name))
            {
                throw new UsageException($"--{name} is given twice");
            }

            if (option.IsFlag)
            {
                if (equals >= 0)
                {
                    throw new UsageException($"--{name} takes no value");
                }

                values[name] = null;
            }
            else if (equals >= 0)
            {
                values[name] = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                values[name] = args[++i];
            }
            else
            {
                throw new UsageException($"--{name} needs a value ({option.ValueName})");
            }
        }

        foreach (var required in Options.Where(o => o.Required && !values.ContainsKey(o.Name)))
        {
            throw new UsageException($"{Name} needs --{required.Name} {required.ValueName}; see {Name} --help");
        }

        return new ParsedOptions(Name, values);
    }

    public string Help()
    {
        var lines = new List<string> { $"Usage: kempelen {Name} [options]", string.Empty, Summary, string.Empty, "Options:" };
        foreach (var option in Options)
        {
            var left = option.IsFlag ? $"--{option.Name}" : $"--{option.Name} {option.ValueName}";
            var right = option.Help + (option.Required ? " (required)" : string.Empty) + (option.Default is null ? string.Empty : $" [default: {option.Default}]");
            lines.Add($"  {left,-28} {right}");
        }

        lines.Add($"  {"--help",-28} Show this help");
        return string.Join(Environment.NewLine, lines);
    }
}
