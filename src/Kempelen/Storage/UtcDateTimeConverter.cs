using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kempelen.Storage;

/// <summary>Entities hold UTC instants; SQLite forgets the kind on the way back, so it is re-stamped on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    instant => instant,
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
