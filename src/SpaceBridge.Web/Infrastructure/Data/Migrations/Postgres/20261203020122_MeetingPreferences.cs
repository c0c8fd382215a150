using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SpaceBridge.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingPreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FromMark",
                table: "MeetingRequests",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ToMark",
                table: "MeetingRequests",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "MeetingLocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    MeetingRequestId = table.Column<int>(type: "integer", nullable: false),
                    SlotId = table.Column<int>(type: "integer", nullable: false),
                    LocationId = table.Column<int>(type: "integer", nullable: false),
                    LockedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LockedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingLocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingLocks_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingLocks_MeetingLocations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "MeetingLocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingLocks_MeetingRequests_MeetingRequestId",
                        column: x => x.MeetingRequestId,
                        principalTable: "MeetingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingLocks_MeetingSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "MeetingSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingLocks_EventId_MeetingRequestId",
                table: "MeetingLocks",
                columns: new[] { "EventId", "MeetingRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingLocks_LocationId",
                table: "MeetingLocks",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingLocks_MeetingRequestId",
                table: "MeetingLocks",
                column: "MeetingRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingLocks_SlotId_LocationId",
                table: "MeetingLocks",
                columns: new[] { "SlotId", "LocationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingLocks");

            migrationBuilder.DropColumn(
                name: "FromMark",
                table: "MeetingRequests");

            migrationBuilder.DropColumn(
                name: "ToMark",
                table: "MeetingRequests");
        }
    }
}
