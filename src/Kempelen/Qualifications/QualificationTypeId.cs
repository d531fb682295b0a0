namespace Kempelen.Qualifications;

/// <summary>A requester's qualification type: 30 characters; the system types keep MTurk's 20-character IDs.</summary>
public readonly record struct QualificationTypeId(string Value) : IEntityId<QualificationTypeId>
{
    public static QualificationTypeId New() => new(EntityIds.NewLong());

    public static QualificationTypeId From(string value) => new(value);

    public override string ToString() => Value;
}
