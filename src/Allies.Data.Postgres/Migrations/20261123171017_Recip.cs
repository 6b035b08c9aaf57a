using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Recip : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ArchetypeMinExchanges",
                table: "Settings",
                type: "integer",
                nullable: false,
                defaultValue: 4);

            migrationBuilder.AddColumn<int>(
                name: "ArchetypeMinWeeks",
                table: "Settings",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "ArchetypeSharePercent",
                table: "Settings",
                type: "integer",
                nullable: false,
                defaultValue: 80);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RepliedAt",
                table: "Interactions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reply",
                table: "Interactions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsProbe",
                table: "Exchanges",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Promises_OwnerId_ContactId",
                table: "Promises",
                columns: new[] { "OwnerId", "ContactId" });

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_Id_Owner_Time",
                table: "Interactions",
                columns: new[] { "Id", "OwnerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_Given",
                table: "Exchanges",
                columns: new[] { "OwnerId", "Direction", "Outcome", "ContactId" });

            migrationBuilder.CreateIndex(
                name: "IX_Exchanges_Reciprocity",
                table: "Exchanges",
                columns: new[] { "OwnerId", "InteractionId", "ContactId", "Direction", "Outcome", "IsProbe" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Promises_OwnerId_ContactId",
                table: "Promises");

            migrationBuilder.DropIndex(
                name: "IX_Interactions_Id_Owner_Time",
                table: "Interactions");

            migrationBuilder.DropIndex(
                name: "IX_Exchanges_Given",
                table: "Exchanges");

            migrationBuilder.DropIndex(
                name: "IX_Exchanges_Reciprocity",
                table: "Exchanges");

            migrationBuilder.DropColumn(
                name: "ArchetypeMinExchanges",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "ArchetypeMinWeeks",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "ArchetypeSharePercent",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "RepliedAt",
                table: "Interactions");

            migrationBuilder.DropColumn(
                name: "Reply",
                table: "Interactions");

            migrationBuilder.DropColumn(
                name: "IsProbe",
                table: "Exchanges");
        }
    }
}
