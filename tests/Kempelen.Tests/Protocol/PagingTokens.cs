using System.Security.Cryptography;
using Kempelen.Accounts;
using Kempelen.Protocol;

namespace Kempelen.Tests.Protocol;

public sealed class PagingTokens
{
    private static readonly PageTokens Tokens = new(new MasterKey(RandomNumberGenerator.GetBytes(32)));
    private static readonly RequesterId Caller = RequesterId.New();
    private static readonly DateTime Position = new(2026, 11, 26, 12, 0, 0, 123, DateTimeKind.Utc);

    [Fact]
    public void A_token_reads_back_its_position()
    {
        var scope = PageTokens.Scope("ListHITs", Caller);
        var token = Tokens.Issue(scope, Position, "3ABC");
        Assert.Equal((Position, "3ABC"), Tokens.Read(token, scope));
        Assert.InRange(token.Length, 1, 255);
    }

    [Fact]
    public void A_token_is_refused_for_another_caller_operation_or_filter()
    {
        var token = Tokens.Issue(PageTokens.Scope("ListHITs", Caller), Position, "3ABC");
        Assert.Throws<DomainException>(() => Tokens.Read(token, PageTokens.Scope("ListHITs", RequesterId.New())));
        Assert.Throws<DomainException>(() => Tokens.Read(token, PageTokens.Scope("ListReviewableHITs", Caller)));
        Assert.Throws<DomainException>(() => Tokens.Read(token, PageTokens.Scope("ListHITs", Caller, "Reviewing")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b")]
    [InlineData("!!!.???")]
    public void A_forged_token_is_refused_with_MTurks_message(string token)
    {
        var refusal = Assert.Throws<DomainException>(() => Tokens.Read(token, PageTokens.Scope("ListHITs", Caller)));
        Assert.Equal("The NextToken is invalid for this request.", refusal.Message);
    }

    [Fact]
    public void A_tampered_position_is_refused()
    {
        var scope = PageTokens.Scope("ListHITs", Caller);
        var token = Tokens.Issue(scope, Position, "3ABC");
        var tampered = (token[0] == 'A' ? 'B' : 'A') + token[1..];
        Assert.Throws<DomainException>(() => Tokens.Read(tampered, scope));
    }
}
