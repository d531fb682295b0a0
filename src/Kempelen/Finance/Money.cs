using System.Globalization;

namespace Kempelen.Finance;

/// <summary>
/// An amount in US cents. Parsing and formatting of MTurk's currency strings ("0.05") live here and
/// nowhere else; arithmetic is checked so an overflow fails instead of wrapping.
/// </summary>
public readonly record struct Money(long Cents) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    /// <summary>Largest amount we accept on input: a billion dollars keeps every product far from overflow.</summary>
    public static readonly Money MaxInput = new(100_000_000_000);

    /// <summary>
    /// The most any single hold may be: ten trillion dollars. Larger products (a huge reward times a billion
    /// assignments) are refused as unaffordable instead of overflowing.
    /// </summary>
    public static readonly Money MaxTotal = new(1_000_000_000_000_000);

    public static Money operator +(Money a, Money b) => new(checked(a.Cents + b.Cents));

    public static Money operator -(Money a, Money b) => new(checked(a.Cents - b.Cents));

    public static Money operator *(Money a, long factor) => new(checked(a.Cents * factor));

    public static Money operator -(Money a) => new(checked(-a.Cents));

    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;

    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;

    public static bool operator <=(Money a, Money b) => a.Cents <= b.Cents;

    public static bool operator >=(Money a, Money b) => a.Cents >= b.Cents;

    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    public bool IsNegative => Cents < 0;

    /// <summary>
    /// Parses MTurk's CurrencyAmount: digits, an optional point and at most two decimals ("1", "1.", "0.5",
    /// "10.25"). Never goes through floating point.
    /// </summary>
    public static bool TryParse(string? text, out Money money)
    {
        money = Zero;
        if (string.IsNullOrEmpty(text) || text.Length > 20)
        {
            return false;
        }

        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : text[(point + 1)..];
        if (whole.Length == 0 || fraction.Length > 2 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var dollars) || dollars > MaxInput.Cents / 100)
        {
            return false;
        }

        var cents = fraction.Length switch
        {
            0 => 0,
            1 => (fraction[0] - '0') * 10,
            _ => ((fraction[0] - '0') * 10) + (fraction[1] - '0'),
        };
        money = new Money((dollars * 100) + cents);
        return true;
    }

    /// <summary>Parses an amount or refuses it with a message naming the parameter and the value received.</summary>
    public static Money Parse(string? text, string parameter)
    {
        if (!TryParse(text, out var money))
        {
            throw DomainException.InvalidParameter(
                parameter,
                $"{parameter} must be an amount like 0.05 with at most two decimals and at most {MaxInput}; got '{text}'.");
        }

        return money;
    }

    /// <summary>MTurk always answers with two decimals: "0.50", "10000.00".</summary>
    public override string ToString()
    {
        var sign = Cents < 0 ? "-" : string.Empty;
        var absolute = Math.Abs(Cents);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{absolute / 100}.{absolute % 100:00}");
    }

    /// <summary>
    /// This amount times <paramref name="percent"/>/100, rounded half up to the cent, as MTurk computes fees
    /// (mturk-compat §6.1: 20% of $0.52 is $0.10; 25% of $0.42 is $0.11). Integer arithmetic only.
    /// </summary>
    public Money Percent(int percent)
    {
        if (Cents < 0 || percent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), "Fees are computed on non-negative amounts.");
        }

        return new Money(checked((Cents * percent) + 50) / 100);
    }
}
