namespace Kempelen.WorkerApp.Api;

/// <summary>PATCH /me: only the members given change; a new country without a subdivision clears the subdivision.</summary>
public sealed record ProfileChange(string? Country, string? Subdivision, bool? Adult);
