using System.Text.Json;
using Kempelen.Accounts;
using Kempelen.Hits;
using Kempelen.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kempelen.Batches;

internal sealed class BatchMapping : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> batch)
    {
        batch.HasKey(b => b.Id);
        batch.Property(b => b.Columns).HasConversion(TextListColumn.ToJson, TextListColumn.FromJson, TextListColumn.Comparer);
        batch.HasOne<Requester>().WithMany().HasForeignKey(b => b.RequesterId).OnDelete(DeleteBehavior.Restrict);
        batch.HasOne<Project>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Restrict);
        batch.HasOne<HitType>().WithMany().HasForeignKey(b => b.HitTypeId).OnDelete(DeleteBehavior.Restrict);
        batch.HasIndex(b => new { b.RequesterId, b.CreatedAt });
    }
}

internal sealed class BatchRowMapping : IEntityTypeConfiguration<BatchRow>
{
    public void Configure(EntityTypeBuilder<BatchRow> row)
    {
        row.HasKey(r => new { r.BatchId, r.RowNumber });
        row.Property(r => r.Values).HasConversion(TextListColumn.ToJson, TextListColumn.FromJson, TextListColumn.Comparer);
        row.HasOne<Batch>().WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
        row.HasOne<Hit>().WithOne().HasForeignKey<BatchRow>(r => r.HitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BatchAnswerColumnMapping : IEntityTypeConfiguration<BatchAnswerColumn>
{
    public void Configure(EntityTypeBuilder<BatchAnswerColumn> column)
    {
        column.HasKey(c => new { c.BatchId, c.Name });
        column.HasOne<Batch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>A list of strings kept as one JSON text column: always read and written whole.</summary>
internal static class TextListColumn
{
    public static readonly System.Linq.Expressions.Expression<Func<IReadOnlyList<string>, string>> ToJson =
        values => JsonSerializer.Serialize(values, JsonSerializerOptions.Default);

    public static readonly System.Linq.Expressions.Expression<Func<string, IReadOnlyList<string>>> FromJson =
        json => FromJsonText(json);

    /// <summary>The stored text as the list, for readers that take the column's value themselves.</summary>
    public static IReadOnlyList<string> FromJsonText(string json) => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? [];

    public static readonly ValueComparer<IReadOnlyList<string>> Comparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        values => values.Aggregate(0, (hash, v) => HashCode.Combine(hash, v)),
        values => values.ToList());
}
