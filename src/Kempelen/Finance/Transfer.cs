using Kempelen.Hits;

namespace Kempelen.Finance;

/// <summary>A movement of <see cref="Amount"/> from one account to another, for one reason.</summary>
public sealed record Transfer(TransferKind Kind, string From, string To, Money Amount, HitId? HitId = null, string? Memo = null);
