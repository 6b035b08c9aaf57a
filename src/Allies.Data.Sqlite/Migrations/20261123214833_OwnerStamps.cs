using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OwnerStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArchetypeStamps");

            migrationBuilder.CreateTable(
                name: "OwnerStamps",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnerStamps", x => x.OwnerId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OwnerStamps");

            migrationBuilder.CreateTable(
                name: "ArchetypeStamps",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArchetypeStamps", x => x.OwnerId);
                });
        }
    }
}
