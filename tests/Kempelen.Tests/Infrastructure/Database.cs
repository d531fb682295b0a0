namespace Kempelen.Tests.Infrastructure;

/// <summary>The databases every storage and HTTP test runs on.</summary>
public enum Database
{
    Sqlite,
    Postgres,
}
