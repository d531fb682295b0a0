namespace Kempelen.RequesterApp;

/// <summary>One page of the workers list and how many workers there are in all.</summary>
public sealed record WorkersPage(IReadOnlyList<WorkerFigures> Rows, int TotalWorkers);
