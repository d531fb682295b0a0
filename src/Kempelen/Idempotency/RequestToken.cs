using Kempelen.Accounts;

namespace Kempelen.Idempotency;

/// <summary>
/// A UniqueRequestToken a requester used, and the entity it created. The primary key makes the database settle
/// a race between two identical requests: the second insert fails and its transaction rolls back.
/// </summary>
public sealed class RequestToken
{
    /// <summary>MTurk remembers a token for 24 hours; afterwards the same token creates a new entity.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromHours(24);

    private RequestToken()
    {
        Token = EntityId = string.Empty;
    }

    public RequesterId RequesterId { get; private set; }

    public RequestTokenScope Scope { get; private set; }

    public string Token { get; private set; }

    public string EntityId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsRememberedAt(DateTime now) => now - CreatedAt < Memory;

    public static RequestToken Record(RequesterId requester, RequestTokenScope scope, string token, string entityId, DateTime now) => new()
    {
        RequesterId = requester,
        Scope = scope,
        Token = token,
        EntityId = entityId,
        CreatedAt = now,
    };
}
