using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kempelen.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HitGroupSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Hits_HitTypeId",
                table: "Hits");

            migrationBuilder.CreateIndex(
                name: "IX_Hits_HitTypeId_Expiration_AvailableCount_DisposedAt_IsReviewing_CreatedAt",
                table: "Hits",
                columns: new[] { "HitTypeId", "Expiration", "AvailableCount", "DisposedAt", "IsReviewing", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Hits_HitTypeId_Expiration_AvailableCount_DisposedAt_IsReviewing_CreatedAt",
                table: "Hits");

            migrationBuilder.CreateIndex(
                name: "IX_Hits_HitTypeId",
                table: "Hits",
                column: "HitTypeId");
        }
    }
}
