using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

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
        var real = new DoubleTypeMapping(sqlite ? "REAL" : "double precision");
        builder.HasDbFunction(method).HasTranslation(arguments =>
        {
            var (from, to) = (arguments[0], arguments[1]);
            if (sqlite)
            {
                var days = new SqlBinaryExpression(ExpressionType.Subtract, Function("julianday", [to], real), Function("julianday", [from], real), typeof(double), real);
                return new SqlBinaryExpression(ExpressionType.Multiply, days, new SqlConstantExpression(86400.0, real), typeof(double), real);
            }

            var epoch = new SqlFragmentExpression("'epoch'");
            return new SqlBinaryExpression(ExpressionType.Subtract, Function("date_part", [epoch, to], real), Function("date_part", [epoch, from], real), typeof(double), real);
        });
    }

    private static SqlFunctionExpression Function(string name, SqlExpression[] arguments, RelationalTypeMapping mapping) =>
        new(name, arguments, nullable: true, argumentsPropagateNullability: arguments.Select(a => a is not SqlFragmentExpression).ToArray(), typeof(double), mapping);
}
