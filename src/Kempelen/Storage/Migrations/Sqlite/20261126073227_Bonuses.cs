using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kempelen.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Bonuses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bonuses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssignmentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HitId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Fee = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    GrantTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bonuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bonuses_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bonuses_AssignmentId",
                table: "Bonuses",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Bonuses_RequesterId_AssignmentId_GrantTime_Id",
                table: "Bonuses",
                columns: new[] { "RequesterId", "AssignmentId", "GrantTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Bonuses_RequesterId_HitId_GrantTime_Id",
                table: "Bonuses",
                columns: new[] { "RequesterId", "HitId", "GrantTime", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bonuses");
        }
    }
}
