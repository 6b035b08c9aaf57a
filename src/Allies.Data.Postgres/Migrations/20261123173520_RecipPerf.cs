using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecipPerf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interactions_Id_Owner_Time",
                table: "Interactions");

            migrationBuilder.DropIndex(
                name: "IX_Exchanges_Reciprocity",
                table: "Exchanges");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OccurredAt",
                table: "Exchanges",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Existing exchanges take their interaction's time (the column is a copy of it).
            migrationBuilder.Sql("""
                UPDATE "Exchanges" e SET "OccurredAt" = i."OccurredAt" FROM "Interactions" i WHERE i."Id" = e."InteractionId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_Ledger",
                table: "Exchanges",
                columns: new[] { "OwnerId", "ContactId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_Reciprocity",
                table: "Exchanges",
                columns: new[] { "OwnerId", "OccurredAt", "ContactId", "Direction", "Outcome", "IsProbe" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Exchanges_Ledger",
                table: "Exchanges");

            migrationBuilder.DropIndex(
                name: "IX_Exchanges_Reciprocity",
                table: "Exchanges");

            migrationBuilder.DropColumn(
                name: "OccurredAt",
                table: "Exchanges");

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_Id_Owner_Time",
                table: "Interactions",
                columns: new[] { "Id", "OwnerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_Reciprocity",
                table: "Exchanges",
                columns: new[] { "OwnerId", "InteractionId", "ContactId", "Direction", "Outcome", "IsProbe" });
        }
    }
}
