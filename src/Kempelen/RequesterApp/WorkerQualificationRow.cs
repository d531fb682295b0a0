using Kempelen.Qualifications;

namespace Kempelen.RequesterApp;

/// <summary>One of the requester's qualification types and the worker's standing in it, if any.</summary>
public sealed record WorkerQualificationRow(QualificationTypeId TypeId, string Name, QualificationStatus? Status, int? Value);
