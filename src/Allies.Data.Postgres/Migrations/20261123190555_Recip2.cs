using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Recip2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InteractionParticipants_ContactId",
                table: "InteractionParticipants");

            migrationBuilder.CreateTable(
                name: "ArchetypeStamps",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArchetypeStamps", x => x.OwnerId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InteractionParticipants_Ledger",
                table: "InteractionParticipants",
                columns: new[] { "ContactId", "InteractionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArchetypeStamps");

            migrationBuilder.DropIndex(
                name: "IX_InteractionParticipants_Ledger",
                table: "InteractionParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_InteractionParticipants_ContactId",
                table: "InteractionParticipants",
                column: "ContactId");
        }
    }
}
