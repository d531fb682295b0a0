using System.Diagnostics;
using System.Text.Json;

namespace Kempelen.Tests.Cli;

/// <summary>The kempelen executable as an operator uses it: verbs, options, exit codes and output.</summary>
public sealed class CommandLineVerbs : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kempelen-cli-tests", Guid.NewGuid().ToString("N"));

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Kempelen.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Create_requester_prints_exactly_the_three_keys_as_JSON()
    {
        var (exit, output, _) = await RunAsync("admin", "create-requester", "--name", "Lab", "--balance", "25.00", "--json", "--data", _data);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["AccessKeyId", "RequesterId", "SecretAccessKey"], json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Matches("^A[A-Z0-9]{13}$", json.RootElement.GetProperty("RequesterId").GetString());
        Assert.Matches("^KMPL[A-Z0-9]{16}$", json.RootElement.GetProperty("AccessKeyId").GetString());
        Assert.Equal(40, json.RootElement.GetProperty("SecretAccessKey").GetString()!.Length);
        Assert.True(File.Exists(Path.Combine(_data, "kempelen.db")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_data, "master.key")));
        }
    }

    [Fact]
    public async Task Create_worker_prints_the_WorkerId_and_an_API_token_as_JSON()
    {
        var (exit, output, _) = await RunAsync("admin", "create-worker", "--email", "ada@example.org", "--password", "correct horse battery", "--json", "--data", _data);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["ApiToken", "WorkerId"], json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Matches("^A[A-Z0-9]{13}$", json.RootElement.GetProperty("WorkerId").GetString());
        Assert.StartsWith("kmw_", json.RootElement.GetProperty("ApiToken").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_worker_refuses_a_short_password_and_a_taken_email()
    {
        var (shortExit, _, shortError) = await RunAsync("admin", "create-worker", "--email", "bo@example.org", "--password", "short", "--data", _data);
        await RunAsync("admin", "create-worker", "--email", "cy@example.org", "--password", "correct horse battery", "--data", _data);
        var (takenExit, _, takenError) = await RunAsync("admin", "create-worker", "--email", "cy@example.org", "--password", "correct horse battery", "--data", _data);

        Assert.Equal(1, shortExit);
        Assert.Contains("10 characters", shortError, StringComparison.Ordinal);
        Assert.Equal(1, takenExit);
        Assert.Contains("cy@example.org", takenError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Make_requester_turns_an_account_into_a_new_requester_or_attaches_an_existing_one()
    {
        await RunAsync("admin", "create-worker", "--email", "ed@example.org", "--password", "correct horse battery", "--data", _data);
        await RunAsync("admin", "create-worker", "--email", "fay@example.org", "--password", "correct horse battery", "--data", _data);
        var (_, created, _) = await RunAsync("admin", "create-requester", "--name", "Fay's Lab", "--json", "--data", _data);
        var existing = JsonDocument.Parse(created).RootElement.GetProperty("RequesterId").GetString()!;

        var (newExit, newOutput, _) = await RunAsync("admin", "make-requester", "--email", "ed@example.org", "--balance", "5.00", "--data", _data);
        var (attachExit, attachOutput, _) = await RunAsync("admin", "make-requester", "--email", "fay@example.org", "--requester", existing, "--data", _data);
        var (againExit, _, againError) = await RunAsync("admin", "make-requester", "--email", "ed@example.org", "--data", _data);
        var (unknownExit, _, unknownError) = await RunAsync("admin", "make-requester", "--email", "nobody@example.org", "--data", _data);

        Assert.Equal(0, newExit);
        Assert.Matches("ed@example.org is now requester [A-Z0-9]+", newOutput);
        Assert.Equal(0, attachExit);
        Assert.Contains($"is now requester {existing}", attachOutput, StringComparison.Ordinal);
        Assert.Equal(2, againExit);
        Assert.Contains("already requester", againError, StringComparison.Ordinal);
        Assert.Equal(2, unknownExit);
        Assert.Contains("No account has the email address nobody@example.org", unknownError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_funds_reports_the_new_balance()
    {
        var (_, output, _) = await RunAsync("admin", "create-requester", "--name", "Lab", "--balance", "1.00", "--json", "--data", _data);
        var requester = JsonDocument.Parse(output).RootElement.GetProperty("RequesterId").GetString()!;

        var (exit, text, _) = await RunAsync("admin", "add-funds", "--requester", requester, "--amount", "50.25", "--data", _data);

        Assert.Equal(0, exit);
        Assert.Contains("51.25", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Project_create_prints_the_project_id_that_works_as_a_hit_layout_id()
    {
        var (_, output, _) = await RunAsync("admin", "create-requester", "--name", "Lab", "--json", "--data", _data);
        var requester = JsonDocument.Parse(output).RootElement.GetProperty("RequesterId").GetString()!;
        var html = Path.Combine(_data, "task.html");
        await File.WriteAllTextAsync(html, "<p>Transcribe ${receipt}</p><textarea name=\"text\"></textarea>", TestContext.Current.CancellationToken);

        var (exit, json, _) = await RunAsync(
            "project", "create", "--requester", requester, "--title", "Receipts", "--description", "Type what you read",
            "--reward", "0.25", "--assignments", "3", "--html-file", html, "--json", "--data", _data);
        var (badExit, _, badError) = await RunAsync(
            "project", "create", "--requester", requester, "--title", "Receipts", "--description", "Type what you read",
            "--reward", "lots", "--assignments", "3", "--html-file", html, "--data", _data);

        Assert.Equal(0, exit);
        Assert.Matches("^[0-9A-Z]{30}$", JsonDocument.Parse(json).RootElement.GetProperty("ProjectId").GetString());
        Assert.Equal(2, badExit);
        Assert.Contains("--reward", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Project_create_takes_qualification_requirements_as_boto3_sends_them_and_refuses_them_as_CreateHITType_does()
    {
        var (_, output, _) = await RunAsync("admin", "create-requester", "--name", "Lab", "--json", "--data", _data);
        var requester = JsonDocument.Parse(output).RootElement.GetProperty("RequesterId").GetString()!;
        var (html, good, badEnum, badLocale) = (Path.Combine(_data, "task.html"), Path.Combine(_data, "good.json"), Path.Combine(_data, "enum.json"), Path.Combine(_data, "locale.json"));
        await File.WriteAllTextAsync(html, "<p>${word}</p><input name=\"translation\">", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(good, """
            [{"QualificationTypeId": "000000000000000000L0", "Comparator": "GreaterThanOrEqualTo", "IntegerValues": [95], "ActionsGuarded": "Accept"},
             {"QualificationTypeId": "00000000000000000071", "Comparator": "In", "LocaleValues": [{"Country": "US"}, {"Country": "CA", "Subdivision": "ON"}]}]
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(badEnum, """[{"QualificationTypeId": "000000000000000000L0", "Comparator": "Bigger", "IntegerValues": [95]}]""", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(badLocale, """[{"QualificationTypeId": "00000000000000000071", "Comparator": "EqualTo", "IntegerValues": [1]}]""", TestContext.Current.CancellationToken);
        string[] create = ["project", "create", "--requester", requester, "--title", "Translate", "--description", "One word", "--reward", "0.05", "--assignments", "1", "--html-file", html, "--data", _data];

        var (exit, created, _) = await RunAsync([.. create, "--requirements-file", good, "--json"]);
        var (enumExit, _, enumError) = await RunAsync([.. create, "--requirements-file", badEnum]);
        var (localeExit, _, localeError) = await RunAsync([.. create, "--requirements-file", badLocale]);

        Assert.Equal(0, exit);
        Assert.Matches("^[0-9A-Z]{30}$", JsonDocument.Parse(created).RootElement.GetProperty("ProjectId").GetString());
        Assert.Equal(1, enumExit);
        Assert.Contains("Value 'Bigger' at 'qualificationRequirements.1.member.comparator' failed to satisfy constraint: Member must satisfy enum value set", enumError, StringComparison.Ordinal);
        Assert.Equal(1, localeExit);
        Assert.Contains("the Worker_Locale type is compared with LocaleValues, not IntegerValues.", localeError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_publish_refuses_a_broken_file_publishes_a_good_one_and_writes_its_results()
    {
        var (_, output, _) = await RunAsync("admin", "create-requester", "--name", "Lab", "--json", "--data", _data);
        var requester = JsonDocument.Parse(output).RootElement.GetProperty("RequesterId").GetString()!;
        Directory.CreateDirectory(_data);
        var (html, csv, broken, results) = (Path.Combine(_data, "task.html"), Path.Combine(_data, "rows.csv"), Path.Combine(_data, "broken.csv"), Path.Combine(_data, "results.csv"));
        await File.WriteAllTextAsync(html, "<p>${word}</p><input name=\"translation\">", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(csv, "word\nHaus\n\"Baum, alt\"\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(broken, "word,extra\nHaus\n", TestContext.Current.CancellationToken);
        var (_, project, _) = await RunAsync("project", "create", "--requester", requester, "--title", "Translate", "--description", "One word",
            "--reward", "0.05", "--assignments", "1", "--html-file", html, "--json", "--data", _data);
        var projectId = JsonDocument.Parse(project).RootElement.GetProperty("ProjectId").GetString()!;

        var (brokenExit, _, brokenError) = await RunAsync("batch", "publish", "--requester", requester, "--project", projectId, "--csv", broken, "--data", _data);
        var (exit, published, _) = await RunAsync("batch", "publish", "--requester", requester, "--project", projectId, "--csv", csv, "--json", "--data", _data);
        var batch = JsonDocument.Parse(published).RootElement;
        var (resultsExit, resultsText, _) = await RunAsync("batch", "results", "--requester", requester, "--batch", batch.GetProperty("BatchId").GetString()!, "--out", results, "--data", _data);
        var (reviewExit, _, reviewError) = await RunAsync("batch", "review", "--requester", requester, "--batch", batch.GetProperty("BatchId").GetString()!, "--csv", results, "--data", _data);

        Assert.Equal(1, brokenExit);
        Assert.Contains("Line 2: 1 fields, but the header names 2 columns.", brokenError, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Equal(2, batch.GetProperty("HITCount").GetInt32());
        Assert.Equal(0, resultsExit);
        Assert.Contains("Wrote 0 rows", resultsText, StringComparison.Ordinal);
        Assert.StartsWith("\"HITId\",\"HITTypeId\"", await File.ReadAllTextAsync(results, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(1, reviewExit);
        Assert.Contains("no rows", reviewError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_worker_locale_verifies_the_locale_of_a_worker()
    {
        var (_, output, _) = await RunAsync("admin", "create-worker", "--email", "di@example.org", "--password", "correct horse battery", "--json", "--data", _data);
        var worker = JsonDocument.Parse(output).RootElement.GetProperty("WorkerId").GetString()!;

        var (exit, text, _) = await RunAsync("admin", "set-worker-locale", "--worker", worker, "--country", "us", "--subdivision", "ca", "--data", _data);
        var (badExit, _, badError) = await RunAsync("admin", "set-worker-locale", "--worker", worker, "--country", "USA", "--data", _data);
        var (unknownExit, _, unknownError) = await RunAsync("admin", "set-worker-locale", "--worker", "ANOBODY", "--country", "US", "--data", _data);

        Assert.Equal(0, exit);
        Assert.Equal($"Worker {worker} is now in US-CA (verified).", text.Trim());
        Assert.Equal(2, badExit);
        Assert.Equal("kempelen: --country: A country is an ISO 3166-1 alpha-2 code like US or DE; got 'USA'.", badError.Trim());
        Assert.Equal(2, unknownExit);
        Assert.Equal("kempelen: --worker: There is no worker ANOBODY.", unknownError.Trim());
    }

    [Theory]
    [InlineData("admin", "set-worker-locale", "--worker", "A1")]
    [InlineData("admin", "create-requester", "--bogus")]
    [InlineData("admin", "create-requester")]
    [InlineData("admin", "add-funds", "--requester", "A1", "--amount", "1.001")]
    [InlineData("serve", "--database", "oracle")]
    [InlineData("serve", "--database", "postgres")]
    [InlineData("launch")]
    public async Task A_bad_command_line_is_one_line_on_stderr_and_exit_code_2(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("kempelen: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("admin", "create-requester")]
    [InlineData("admin", "add-funds")]
    [InlineData("admin", "create-worker")]
    [InlineData("admin", "set-worker-locale")]
    public async Task Every_verb_explains_itself(params string[] verb)
    {
        var (exit, output, _) = await RunAsync([.. verb, "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("--data", output, StringComparison.Ordinal);
        Assert.Contains("--connection-string", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
