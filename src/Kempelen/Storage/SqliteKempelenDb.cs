using Microsoft.EntityFrameworkCore;

namespace Kempelen.Storage;

public sealed class SqliteKempelenDb(DbContextOptions<SqliteKempelenDb> options) : KempelenDb(options);

