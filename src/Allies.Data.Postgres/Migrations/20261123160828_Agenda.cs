using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Agenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    InteractionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaDecisions_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaDecisions_Interactions_InteractionId",
                        column: x => x.InteractionId,
                        principalTable: "Interactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AgendaFeeds",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaFeeds", x => x.OwnerId);
                });

            migrationBuilder.CreateTable(
                name: "TieStates",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastTouchAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastExchangeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Stability = table.Column<double>(type: "double precision", nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    Exchanges = table.Column<int>(type: "integer", nullable: false),
                    TwoWay = table.Column<int>(type: "integer", nullable: false),
                    Deep = table.Column<int>(type: "integer", nullable: false),
                    Given = table.Column<int>(type: "integer", nullable: false),
                    Reactions = table.Column<int>(type: "integer", nullable: false),
                    LastSummary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Stale = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TieStates", x => x.ContactId);
                    table.ForeignKey(
                        name: "FK_TieStates_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TieWatermarks",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Through = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TieWatermarks", x => x.OwnerId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_OwnerId_CreatedAt",
                table: "Interactions",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaDecisions_ContactId",
                table: "AgendaDecisions",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaDecisions_InteractionId",
                table: "AgendaDecisions",
                column: "InteractionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaDecisions_OwnerId_DecidedAt",
                table: "AgendaDecisions",
                columns: new[] { "OwnerId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaFeeds_Hash",
                table: "AgendaFeeds",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TieStates_OwnerId_Stale",
                table: "TieStates",
                columns: new[] { "OwnerId", "Stale" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaDecisions");

            migrationBuilder.DropTable(
                name: "AgendaFeeds");

            migrationBuilder.DropTable(
                name: "TieStates");

            migrationBuilder.DropTable(
                name: "TieWatermarks");

            migrationBuilder.DropIndex(
                name: "IX_Interactions_OwnerId_CreatedAt",
                table: "Interactions");
        }
    }
}
