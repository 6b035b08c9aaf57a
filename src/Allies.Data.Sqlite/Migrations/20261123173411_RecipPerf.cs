using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Sqlite.Migrations
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

            migrationBuilder.AddColumn<long>(
                name: "OccurredAt",
                table: "Exchanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Existing exchanges take their interaction's time (the column is a copy of it).
            migrationBuilder.Sql("""
                UPDATE "Exchanges" SET "OccurredAt" = (SELECT i."OccurredAt" FROM "Interactions" i WHERE i."Id" = "Exchanges"."InteractionId");
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
