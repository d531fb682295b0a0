using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kempelen.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RequesterAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequesterId",
                table: "AspNetUsers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_RequesterId",
                table: "AspNetUsers",
                column: "RequesterId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_RequesterId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RequesterId",
                table: "AspNetUsers");
        }
    }
}
