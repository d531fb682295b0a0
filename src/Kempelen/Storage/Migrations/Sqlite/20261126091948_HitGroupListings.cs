using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kempelen.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HitGroupListings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Hits_HitTypeId_Expiration_AvailableCount_DisposedAt_IsReviewing_CreatedAt",
                table: "Hits");

            migrationBuilder.CreateTable(
                name: "HitGroupListings",
                columns: table => new
                {
                    HitTypeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reward = table.Column<long>(type: "INTEGER", nullable: false),
                    ListedHits = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestHitCreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ListedUntil = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HitGroupListings", x => x.HitTypeId);
                    table.ForeignKey(
                        name: "FK_HitGroupListings_HitTypes_HitTypeId",
                        column: x => x.HitTypeId,
                        principalTable: "HitTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(HitGroupListingsBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Hits_HitTypeId",
                table: "Hits",
                column: "HitTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_HitGroupListings_LatestHitCreatedAt_HitTypeId",
                table: "HitGroupListings",
                columns: new[] { "LatestHitCreatedAt", "HitTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_HitGroupListings_ListedHits_LatestHitCreatedAt_HitTypeId",
                table: "HitGroupListings",
                columns: new[] { "ListedHits", "LatestHitCreatedAt", "HitTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_HitGroupListings_Reward_LatestHitCreatedAt_HitTypeId",
                table: "HitGroupListings",
                columns: new[] { "Reward", "LatestHitCreatedAt", "HitTypeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HitGroupListings");

            migrationBuilder.DropIndex(
                name: "IX_Hits_HitTypeId",
                table: "Hits");

            migrationBuilder.CreateIndex(
                name: "IX_Hits_HitTypeId_Expiration_AvailableCount_DisposedAt_IsReviewing_CreatedAt",
                table: "Hits",
                columns: new[] { "HitTypeId", "Expiration", "AvailableCount", "DisposedAt", "IsReviewing", "CreatedAt" });
        }
    }
}
