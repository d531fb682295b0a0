using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kempelen.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BatchAnswerColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AnswerColumnsComplete",
                table: "Batches",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BatchAnswerColumns",
                columns: table => new
                {
                    BatchId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatchAnswerColumns", x => new { x.BatchId, x.Name });
                    table.ForeignKey(
                        name: "FK_BatchAnswerColumns_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BatchAnswerColumns");

            migrationBuilder.DropColumn(
                name: "AnswerColumnsComplete",
                table: "Batches");
        }
    }
}
