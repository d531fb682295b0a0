namespace Kempelen.Qualifications;

public readonly record struct QualificationRequestId(string Value) : IEntityId<QualificationRequestId>
{
    public static QualificationRequestId New() => new(EntityIds.NewLong());

    public static QualificationRequestId From(string value) => new(value);

    public override string ToString() => Value;
}
