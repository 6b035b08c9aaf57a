using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InteractionId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaFeeds", x => x.OwnerId);
                });

            migrationBuilder.CreateTable(
                name: "TieStates",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastTouchAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastExchangeAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Stability = table.Column<double>(type: "REAL", nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    Exchanges = table.Column<int>(type: "INTEGER", nullable: false),
                    TwoWay = table.Column<int>(type: "INTEGER", nullable: false),
                    Deep = table.Column<int>(type: "INTEGER", nullable: false),
                    Given = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSummary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Stale = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Through = table.Column<long>(type: "INTEGER", nullable: false)
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
