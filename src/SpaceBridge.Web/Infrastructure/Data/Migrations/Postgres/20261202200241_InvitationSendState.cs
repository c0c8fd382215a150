using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceBridge.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InvitationSendState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "InvitationClaimedAtUtc",
                table: "Registrations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvitationClaimedBy",
                table: "Registrations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "InvitationSentAtUtc",
                table: "Registrations",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InvitationClaimedAtUtc",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "InvitationClaimedBy",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "InvitationSentAtUtc",
                table: "Registrations");
        }
    }
}
