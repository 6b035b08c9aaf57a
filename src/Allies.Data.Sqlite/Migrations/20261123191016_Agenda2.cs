using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Agenda2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "TieWatermarks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OwnerId_UpdatedAt",
                table: "Contacts",
                columns: new[] { "OwnerId", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OwnerId_UpdatedAt",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "TieWatermarks");
        }
    }
}
