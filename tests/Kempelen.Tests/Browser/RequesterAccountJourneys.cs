using Kempelen.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kempelen.Tests.Browser;

/// <summary>A requester in real headless Chromium makes a key pair for their script, and takes it back.</summary>
[Collection(typeof(BrowserJourneys))]
public sealed class RequesterAccountJourneys
{
    [Fact]
    public async Task A_requester_creates_a_key_in_the_browser_uses_it_with_boto3_and_revokes_it()
    {
        await using var served = await ServedKempelen.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        var requester = await served.CreateWebRequesterAsync("75.00");
        var page = await chromium.SignedInPageAsync(served.AppUrl, requester.Email);

        await page.GotoAsync(served.AppUrl + "/requester");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Requester" }).GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a key pair" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("This is the only time it is shown");
        var key = new TestRequester(
            requester.Id,
            (await page.GetByTestId("new-key-id").InnerTextAsync()).Trim(),
            (await page.GetByTestId("new-key-secret").InnerTextAsync()).Trim());

        var balance = await Boto3.RunAsync(served.Endpoint, key, "print(mturk.get_account_balance()['AvailableBalance'])");
        Assert.Equal("75.00", balance);

        await page.GotoAsync(served.AppUrl + "/requester/keys");
        await Assertions.Expect(page.GetByTestId("new-key-secret")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key.Secret, await page.ContentAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Revoke {key.AccessKeyId}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Access key {key.AccessKeyId} was revoked");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = key.AccessKeyId })).ToContainTextAsync("Revoked");

        var refused = await Boto3.RunAsync(served.Endpoint, key, """
            import botocore.exceptions
            try:
                mturk.get_account_balance()
                print("accepted")
            except botocore.exceptions.ClientError as error:
                print(error.response["Error"]["Code"])
            """);
        Assert.Equal("UnrecognizedClientException", refused);
    }
}
