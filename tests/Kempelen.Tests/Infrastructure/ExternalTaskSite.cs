using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kempelen.Tests.Infrastructure;

/// <summary>
/// A requester's own task site for ExternalQuestion HITs: https on a loopback port with a throwaway self-signed
/// certificate, serving one page at /task.
/// </summary>
public sealed class ExternalTaskSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ExternalTaskSite(WebApplication app, int port)
    {
        _app = app;
        TaskUrl = $"https://localhost:{port}/task?study=7";
    }

    public string TaskUrl { get; }

    public static async Task<ExternalTaskSite> StartAsync(string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var certificate = SelfSigned();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        app.MapGet("/task", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ExternalTaskSite(app, new Uri(address).Port);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
