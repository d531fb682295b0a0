using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kempelen.Storage;

/// <summary>Every MTurk-style identifier is stored as its text, at most 64 characters (the model's EntityId).</summary>
internal static class EntityIdConvention
{
    public static void Apply<TId>(ModelConfigurationBuilder configurationBuilder)
        where TId : struct, IEntityId<TId>
    {
        configurationBuilder.Properties<TId>().HaveConversion<Converter<TId>>().HaveMaxLength(64);
    }

    private sealed class Converter<TId>() : ValueConverter<TId, string>(id => id.Value, text => Factory<TId>.Create(text))
        where TId : struct, IEntityId<TId>;

    // Expression trees cannot call static abstract members directly; a delegate to one they can.
    private static class Factory<TId>
        where TId : struct, IEntityId<TId>
    {
        public static readonly Func<string, TId> Create = TId.From;
    }
}
