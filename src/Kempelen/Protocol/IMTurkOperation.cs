using Kempelen.Accounts;

namespace Kempelen.Protocol;

/// <summary>
/// The handler of one MTurk operation: translates the wire request to a use case and the result back. It holds
/// no business rules.
/// </summary>
public interface IMTurkOperation<in TRequest, TResponse>
{
    Task<TResponse> ExecuteAsync(TRequest request, RequesterId caller, CancellationToken cancellationToken);
}
