using System.Security.Cryptography;

namespace Kempelen;

/// <summary>An MTurk-style identifier stored as text; Storage maps every implementation with one converter.</summary>
public interface IEntityId<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
    string Value { get; }

    static abstract TSelf From(string value);
}

/// <summary>The one place identifiers are generated (mturk-compat §4.1).</summary>
public static class EntityIds
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>HIT, HIT type, group, assignment and qualification type IDs: "3" and 29 random characters.</summary>
    public static string NewLong() => "3" + RandomCharacters(29);

    /// <summary>Worker and requester IDs: "A" and 13 random characters, matching the model's ^A[A-Z0-9]+$.</summary>
    public static string NewCustomer() => "A" + RandomCharacters(13);

    public static string RandomCharacters(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
