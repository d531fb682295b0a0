namespace Kempelen.Tests.Browser;

/// <summary>
/// The Chromium journeys run one at a time, after the parallel tests: each drives a real browser and a served
/// Kempelen, and on a two-core machine sharing the CPU with hundreds of other tests they would be measuring the
/// machine's load instead of the product.
/// </summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class BrowserJourneys;
