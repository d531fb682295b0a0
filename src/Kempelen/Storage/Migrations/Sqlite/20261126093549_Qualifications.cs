using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kempelen.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Qualifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "Workers",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAdult",
                table: "Workers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "LocaleVerified",
                table: "Workers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Subdivision",
                table: "Workers",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "QualificationTypes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Test = table.Column<string>(type: "TEXT", nullable: true),
                    AnswerKey = table.Column<string>(type: "TEXT", nullable: true),
                    TestDurationInSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    RetryDelayInSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    AutoGranted = table.Column<bool>(type: "INTEGER", nullable: false),
                    AutoGrantedValue = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DisposingSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualificationTypes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualificationTypes_Requesters_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Requesters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkerBlocks",
                columns: table => new
                {
                    RequesterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerBlocks", x => new { x.RequesterId, x.WorkerId });
                    table.ForeignKey(
                        name: "FK_WorkerBlocks_Requesters_RequesterId",
                        column: x => x.RequesterId,
                        principalTable: "Requesters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualificationRequests",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    QualificationTypeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TestDeadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Test = table.Column<string>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", nullable: true),
                    SubmitTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GrantedValue = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualificationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QualificationRequests_QualificationTypes_QualificationTypeId",
                        column: x => x.QualificationTypeId,
                        principalTable: "QualificationTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QualificationRequests_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Qualifications",
                columns: table => new
                {
                    QualificationTypeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IntegerValue = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GrantTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokeReason = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Qualifications", x => new { x.QualificationTypeId, x.WorkerId });
                    table.ForeignKey(
                        name: "FK_Qualifications_QualificationTypes_QualificationTypeId",
                        column: x => x.QualificationTypeId,
                        principalTable: "QualificationTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Qualifications_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QualificationRequests_QualificationTypeId_Status_SubmitTime_Id",
                table: "QualificationRequests",
                columns: new[] { "QualificationTypeId", "Status", "SubmitTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_QualificationRequests_WorkerId_QualificationTypeId_CreatedAt",
                table: "QualificationRequests",
                columns: new[] { "WorkerId", "QualificationTypeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QualificationTypes_CreatedAt_Id",
                table: "QualificationTypes",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_QualificationTypes_OwnerId_NormalizedName",
                table: "QualificationTypes",
                columns: new[] { "OwnerId", "NormalizedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_WorkerId_Status",
                table: "Qualifications",
                columns: new[] { "WorkerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerBlocks_WorkerId",
                table: "WorkerBlocks",
                column: "WorkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QualificationRequests");

            migrationBuilder.DropTable(
                name: "Qualifications");

            migrationBuilder.DropTable(
                name: "WorkerBlocks");

            migrationBuilder.DropTable(
                name: "QualificationTypes");

            migrationBuilder.DropColumn(
                name: "Country",
                table: "Workers");

            migrationBuilder.DropColumn(
                name: "IsAdult",
                table: "Workers");

            migrationBuilder.DropColumn(
                name: "LocaleVerified",
                table: "Workers");

            migrationBuilder.DropColumn(
                name: "Subdivision",
                table: "Workers");
        }
    }
}
