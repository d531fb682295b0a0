namespace Kempelen.Cli;

/// <summary>Picks the verb from the first words of the command line, parses its options and runs it.</summary>
public static class CommandLine
{
    public const int UsageError = 2;
    public const int Failure = 1;

    public static readonly IReadOnlyList<Verb> Verbs = [ServeVerb.Definition, AdminVerbs.CreateRequester, AdminVerbs.AddFunds, AdminVerbs.CreateWorker, AdminVerbs.MakeRequester, AdminVerbs.SetWorkerLocale, ProjectVerbs.Create, BatchVerbs.Publish, BatchVerbs.Results, BatchVerbs.Review];

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = Verbs
            .OrderByDescending(v => v.Name.Split(' ').Length)
            .FirstOrDefault(v => args.Take(v.Name.Split(' ').Length).SequenceEqual(v.Name.Split(' ')));
        if (verb is null)
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                Console.WriteLine(Overview());
                return args.Length == 0 ? UsageError : 0;
            }

            await Console.Error.WriteLineAsync($"kempelen: unknown command '{string.Join(' ', args.Take(2))}'; run kempelen --help");
            return UsageError;
        }

        var rest = args.Skip(verb.Name.Split(' ').Length).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            Console.WriteLine(verb.Help());
            return 0;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = verb != ServeVerb.Definition;
            cancellation.Cancel();
        };
        try
        {
            return await verb.RunAsync(verb.Parse(rest), cancellation.Token);
        }
        catch (UsageException exception)
        {
            await Console.Error.WriteLineAsync($"kempelen: {exception.Message}");
            return UsageError;
        }
        catch (DomainException exception)
        {
            await Console.Error.WriteLineAsync($"kempelen: {exception.Message}");
            return Failure;
        }
    }

    private static string Overview() =>
        "Kempelen: a self-hostable crowdsourcing marketplace with an MTurk-compatible API.\n\nCommands:\n"
        + string.Join("\n", Verbs.Select(v => $"  {v.Name,-24} {v.Summary}"))
        + "\n\nRun 'kempelen <command> --help' for a command's options.";
}
