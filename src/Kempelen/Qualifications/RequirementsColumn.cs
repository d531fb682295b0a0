using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kempelen.Qualifications;

/// <summary>A HIT type's requirements are stored as one JSON text column: they are always read and written whole.</summary>
internal static class RequirementsColumn
{
    public static readonly ValueConverter<IReadOnlyList<Requirement>, string> Converter = new(
        requirements => JsonSerializer.Serialize(requirements.ToList(), RequirementsJson.Default.ListRequirement),
        json => JsonSerializer.Deserialize(json, RequirementsJson.Default.ListRequirement) ?? new List<Requirement>());

    public static readonly ValueComparer<IReadOnlyList<Requirement>> Comparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        requirements => requirements.Aggregate(0, (hash, r) => HashCode.Combine(hash, r.QualificationTypeId, r.Comparator)),
        requirements => requirements.ToList());
}

[JsonSerializable(typeof(List<Requirement>))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
internal sealed partial class RequirementsJson : JsonSerializerContext;
