using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Kempelen.Storage;

/// <summary>
/// Time arithmetic inside queries, which EF translates for PostgreSQL but not for SQLite (it has no interval type):
/// one function, translated for each database, so that grouped queries can average durations where the rows are.
/// </summary>
public static class SqlTime
{
    /// <summary>Seconds from <paramref name="from"/> to <paramref name="to"/>; only for use inside a query.</summary>
    public static double SecondsBetween(DateTime from, DateTime to) =>
        throw new InvalidOperationException("SqlTime.SecondsBetween is translated to SQL and cannot run in memory.");

    public static void Register(ModelBuilder builder, bool sqlite)
    {
        var method = typeof(SqlTime).GetMethod(nameof(SecondsBetween))!;
        builder.HasDbFunction(method).HasTranslation(arguments =>
        {
            var (from, to) = (arguments[0], arguments[1]);
            return sqlite
                ? new SqlBinaryExpression(
                    ExpressionType.Multiply,
                    new SqlBinaryExpression(ExpressionType.Subtract, JulianDay(to), JulianDay(from), typeof(double), null),
                    new SqlConstantExpression(86400.0, null),
                    typeof(double),
                    null)
                : new SqlFunctionExpression(
                    "date_part",
                    [new SqlFragmentExpression("'epoch'"), new SqlBinaryExpression(ExpressionType.Subtract, to, from, typeof(TimeSpan), null)],
                    nullable: true,
                    argumentsPropagateNullability: [false, true],
                    typeof(double),
                    null);
        });
    }

    private static SqlFunctionExpression JulianDay(SqlExpression instant) =>
        new("julianday", [instant], nullable: true, argumentsPropagateNullability: [true], typeof(double), null);
}
