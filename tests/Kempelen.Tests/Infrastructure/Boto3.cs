using System.Diagnostics;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// Runs a requester's script with the real boto3 (Debian's python3-boto3) against a served Kempelen, the way a
/// lab's script would; `mturk` in the script is a client pointed at the server.
/// </summary>
public static class Boto3
{
    private const string Python = "/usr/bin/python3";

    public static async Task<string> RunAsync(string endpoint, TestRequester requester, string script)
    {
        if (!File.Exists(Python))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"{Python} is missing; CI must run the boto3 journeys.");
            }

            Assert.Skip($"{Python} with python3-boto3 is not installed; run ./test.sh to install it.");
        }

        var prelude = $"""
            import boto3
            mturk = boto3.client("mturk", endpoint_url="{endpoint}", region_name="us-east-1",
                                 aws_access_key_id="{requester.AccessKeyId}", aws_secret_access_key="{requester.Secret}")

            """;
        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(prelude + script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"The boto3 script failed: {await error}");
        return (await output).Trim();
    }
}
