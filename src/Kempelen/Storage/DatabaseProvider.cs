namespace Kempelen.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
