using Kempelen.Accounts;

namespace Kempelen.Tests.Infrastructure;

public sealed record TestWorker(WorkerId Id, string ApiToken);
