using Kempelen.Accounts;

namespace Kempelen.Tests.Infrastructure;

public sealed record TestRequester(RequesterId Id, string AccessKeyId, string Secret);
