using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Allies.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProblemCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "ErrorArgs",
                table: "ImportRuns",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErrorCode",
                table: "ImportRuns",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Args",
                table: "ImportReportItems",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "ImportReportItems",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ErrorArgs",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "ErrorCode",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "Args",
                table: "ImportReportItems");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "ImportReportItems");
        }
    }
}
