using Microsoft.AspNetCore.Identity;

namespace Kempelen.Accounts;

/// <summary>
/// A person who signs in to Kempelen's web apps. ASP.NET Core Identity owns the password, lockout and security
/// stamp; the user is a worker when <see cref="WorkerId"/> is set and a requester when <see cref="RequesterId"/> is
/// (an operator grants that with <c>admin make-requester</c>). One person may be both.
/// </summary>
public sealed class KempelenUser : IdentityUser
{
    public WorkerId? WorkerId { get; set; }

    public RequesterId? RequesterId { get; set; }
}
