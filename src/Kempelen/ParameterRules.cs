using System.Globalization;

namespace Kempelen;

/// <summary>Checks of single request values that the API model does not express (mturk-compat §5.4).</summary>
public static class ParameterRules
{
    public static void RequireText(string parameter, string value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw DomainException.InvalidParameter(parameter, $"{parameter} must not be empty.");
        }

        RequireAtMost(parameter, value, maxLength);
    }

    public static void RequireAtMost(string parameter, string? value, int maxLength)
    {
        // PostgreSQL text cannot hold U+0000; refused here for every stored text, on both databases alike.
        if (value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            throw DomainException.InvalidParameter(parameter, $"{parameter} must not contain the NUL character (U+0000).");
        }

        if (value is not null && value.Length > maxLength)
        {
            throw DomainException.InvalidParameter(
                parameter,
                string.Create(CultureInfo.InvariantCulture, $"{parameter} must be at most {maxLength} characters; got {value.Length}."));
        }
    }

    public static void RequireWithin(string parameter, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw DomainException.InvalidParameter(
                parameter,
                string.Create(CultureInfo.InvariantCulture, $"{parameter} must be between {min} and {max}; got {value}."));
        }
    }
}
