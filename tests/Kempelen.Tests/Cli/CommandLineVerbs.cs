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
    public async Task Add_funds_reports_the_new_balance()
    {
        var (_, output, _) = await RunAsync("admin", "create-requester", "--name", "Lab", "--balance", "1.00", "--json", "--data", _data);
        var requester = JsonDocument.Parse(output).RootElement.GetProperty("RequesterId").GetString()!;

        var (exit, text, _) = await RunAsync("admin", "add-funds", "--requester", requester, "--amount", "50.25", "--data", _data);

        Assert.Equal(0, exit);
        Assert.Contains("51.25", text, StringComparison.Ordinal);
    }

    [Theory]
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
