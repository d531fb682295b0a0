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

    /// <summary>
    /// Uniform characters of the alphabet from one draw of random bytes rather than one per character
    /// (RandomNumberGenerator.GetString draws per character for an alphabet whose size is not a power of two, which
    /// made a batch's 100,000 IDs a noticeable part of publishing it). A byte below 252 = 7 × 36 maps to a character
    /// by its remainder, so every character is equally likely; the rare larger byte is drawn again.
    /// </summary>
    public static string RandomCharacters(int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 64);
        return string.Create(length, 0, static (characters, _) =>
        {
            const int Usable = 252;
            Span<byte> bytes = stackalloc byte[characters.Length + 16];
            var filled = 0;
            while (filled < characters.Length)
            {
                RandomNumberGenerator.Fill(bytes);
                foreach (var b in bytes)
                {
                    if (b < Usable && filled < characters.Length)
                    {
                        characters[filled++] = Alphabet[b % Alphabet.Length];
                    }
                }
            }
        });
    }
}
