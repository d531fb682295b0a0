using Microsoft.EntityFrameworkCore;

namespace Kempelen.Storage;

public sealed class PostgresKempelenDb(DbContextOptions<PostgresKempelenDb> options) : KempelenDb(options);

