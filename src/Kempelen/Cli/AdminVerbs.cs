using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Finance;

namespace Kempelen.Cli;

/// <summary>Operator verbs. They work on the same data as a running server (SQLite in WAL mode allows it).</summary>
public static class AdminVerbs
{
    public static readonly Verb CreateRequester = new(
        "admin create-requester",
        "Creates a requester with an access key pair for the MTurk API and an optional opening balance.",
        [
            new("name", "The requester's display name", "NAME", Required: true),
            new("balance", "Opening balance in dollars", "AMOUNT", "100.00"),
            new("json", "Print one JSON object with RequesterId, AccessKeyId and SecretAccessKey"),
            .. Verb.StorageOptions,
        ],
        CreateRequesterAsync);

    public static readonly Verb AddFunds = new(
        "admin add-funds",
        "Adds money to a requester's available balance.",
        [
            new("requester", "The RequesterId", "ID", Required: true),
            new("amount", "Dollars to add, like 50.00", "AMOUNT", Required: true),
            .. Verb.StorageOptions,
        ],
        AddFundsAsync);

    public static readonly Verb CreateWorker = new(
        "admin create-worker",
        "Creates a worker account that can sign in to the worker app, with a token for the worker API.",
        [
            new("email", "The worker's e-mail address, used to sign in", "EMAIL", Required: true),
            new("password", "At least 10 characters", "PASSWORD", Required: true),
            new("json", "Print one JSON object with WorkerId and ApiToken"),
            .. Verb.StorageOptions,
        ],
        CreateWorkerAsync);

    public static readonly Verb MakeRequester = new(
        "admin make-requester",
        "Makes a signed-up account a requester in the web app: a new requester, or an existing one given by --requester.",
        [
            new("email", "The account's e-mail address", "EMAIL", Required: true),
            new("requester", "An existing RequesterId to attach (from admin create-requester), sharing its keys and balance", "ID"),
            new("name", "The new requester's display name (default: the e-mail address)", "NAME"),
            new("balance", "Opening balance in dollars of a new requester", "AMOUNT", "0.00"),
            .. Verb.StorageOptions,
        ],
        MakeRequesterAsync);

    public static readonly Verb SetWorkerLocale = new(
        "admin set-worker-locale",
        "Sets a worker's locale (Worker_Locale) after checking it, and locks it against the worker's own changes.",
        [
            new("worker", "The WorkerId", "ID", Required: true),
            new("country", "ISO 3166-1 alpha-2 country code, like US", "CODE", Required: true),
            new("subdivision", "ISO 3166-2 subdivision code without the country, like CA", "CODE"),
            .. Verb.StorageOptions,
        ],
        SetWorkerLocaleAsync);

    private static async Task<int> MakeRequesterAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        var balance = options.RequireAmount("balance", "0.00");
        var existing = options.Get("requester") is { } id ? RequesterId.From(id) : (RequesterId?)null;
        if (existing is not null && (options.Has("name") || balance > Money.Zero))
        {
            throw new UsageException("--name and --balance describe a new requester; leave them out with --requester.");
        }

        await using var services = await AdminServices.StartAsync(options, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var requester = await UsageException.ForRefusedParametersAsync(() => scope.ServiceProvider.GetRequiredService<Accounts.MakeRequester>()
            .ExecuteAsync(options.Require("email"), existing, options.Get("name"), balance, cancellationToken));

        Console.WriteLine($"{options.Require("email")} is now requester {requester}; the requester app is at /requester after signing in again.");
        return 0;
    }

    private static async Task<int> SetWorkerLocaleAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        await using var services = await AdminServices.StartAsync(options, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var worker = await UsageException.ForRefusedParametersAsync(() => scope.ServiceProvider.GetRequiredService<VerifyWorkerLocale>()
            .ExecuteAsync(WorkerId.From(options.Require("worker")), options.Require("country"), options.Get("subdivision"), cancellationToken));

        Console.WriteLine($"Worker {worker.Id} is now in {worker.Country}{(worker.Subdivision is null ? "" : "-" + worker.Subdivision)} (verified).");
        return 0;
    }

    private static async Task<int> CreateWorkerAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        await using var services = await AdminServices.StartAsync(options, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var registered = await scope.ServiceProvider.GetRequiredService<RegisterWorker>()
            .ExecuteAsync(options.Require("email"), options.Require("password"), cancellationToken);
        if (options.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["WorkerId"] = registered.WorkerId.Value,
                ["ApiToken"] = registered.ApiToken,
            }));
        }
        else
        {
            Console.WriteLine($"WorkerId: {registered.WorkerId}");
            Console.WriteLine($"ApiToken: {registered.ApiToken}");
            Console.WriteLine("The API token is shown only now; keep it safe.");
        }

        return 0;
    }

    private static async Task<int> CreateRequesterAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        var balance = options.RequireAmount("balance", "100.00");
        await using var services = await AdminServices.StartAsync(options, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateRequester>().ExecuteAsync(options.Require("name"), balance, cancellationToken);
        if (options.Has("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["RequesterId"] = created.RequesterId.Value,
                ["AccessKeyId"] = created.AccessKeyId,
                ["SecretAccessKey"] = created.SecretAccessKey,
            }));
        }
        else
        {
            Console.WriteLine($"RequesterId:     {created.RequesterId}");
            Console.WriteLine($"AccessKeyId:     {created.AccessKeyId}");
            Console.WriteLine($"SecretAccessKey: {created.SecretAccessKey}");
            Console.WriteLine("The secret is shown only now; keep it safe.");
        }

        return 0;
    }

    private static async Task<int> AddFundsAsync(ParsedOptions options, CancellationToken cancellationToken)
    {
        var amount = options.RequireAmount("amount");
        var requester = RequesterId.From(options.Require("requester"));
        await using var services = await AdminServices.StartAsync(options, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Finance.AddFunds>().ExecuteAsync(requester, amount, cancellationToken);
        var balance = await RequesterBalance.ReadAsync(scope.ServiceProvider.GetRequiredService<Storage.KempelenDb>(), requester, cancellationToken);
        Console.WriteLine($"Added {amount} to {requester}; available balance is now {balance.Available}.");
        return 0;
    }
}
