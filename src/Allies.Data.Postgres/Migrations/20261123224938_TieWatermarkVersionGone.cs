using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TieWatermarkVersionGone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "TieWatermarks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "TieWatermarks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }
    }
}
