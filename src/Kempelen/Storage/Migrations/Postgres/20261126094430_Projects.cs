using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kempelen.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequesterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Keywords = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Reward = table.Column<long>(type: "bigint", nullable: false),
                    AssignmentsPerHit = table.Column<int>(type: "integer", nullable: false),
                    AssignmentDurationInSeconds = table.Column<long>(type: "bigint", nullable: false),
                    LifetimeInSeconds = table.Column<long>(type: "bigint", nullable: false),
                    AutoApprovalDelayInSeconds = table.Column<long>(type: "bigint", nullable: false),
                    Requirements = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "character varying(60000)", maxLength: 60000, nullable: false),
                    FrameHeight = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projects_Requesters_RequesterId",
                        column: x => x.RequesterId,
                        principalTable: "Requesters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_RequesterId_UpdatedAt",
                table: "Projects",
                columns: new[] { "RequesterId", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Projects");
        }
    }
}
