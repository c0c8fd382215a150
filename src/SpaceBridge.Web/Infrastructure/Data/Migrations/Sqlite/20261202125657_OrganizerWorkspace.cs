using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceBridge.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganizerWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Events and sessions that exist before the organizer workspace were public: they stay published.
            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Rooms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Bio_En",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Bio_Ko",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CountryCode",
                table: "People",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FamilyNameFirst",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ForumId",
                table: "People",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ForumId",
                table: "Organizations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "Forums",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "en,ko");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Forums",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegistrationClosesAtUtc",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegistrationOpensAtUtc",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ForumHosts",
                columns: table => new
                {
                    ForumId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForumHosts", x => new { x.ForumId, x.OrganizationId });
                    table.ForeignKey(
                        name: "FK_ForumHosts_Forums_ForumId",
                        column: x => x.ForumId,
                        principalTable: "Forums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ForumHosts_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_People_CountryCode",
                table: "People",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_People_ForumId",
                table: "People",
                column: "ForumId");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_ForumId",
                table: "Organizations",
                column: "ForumId");

            migrationBuilder.CreateIndex(
                name: "IX_ForumHosts_OrganizationId",
                table: "ForumHosts",
                column: "OrganizationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Organizations_Forums_ForumId",
                table: "Organizations",
                column: "ForumId",
                principalTable: "Forums",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_People_Countries_CountryCode",
                table: "People",
                column: "CountryCode",
                principalTable: "Countries",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_People_Forums_ForumId",
                table: "People",
                column: "ForumId",
                principalTable: "Forums",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Organizations_Forums_ForumId",
                table: "Organizations");

            migrationBuilder.DropForeignKey(
                name: "FK_People_Countries_CountryCode",
                table: "People");

            migrationBuilder.DropForeignKey(
                name: "FK_People_Forums_ForumId",
                table: "People");

            migrationBuilder.DropTable(
                name: "ForumHosts");

            migrationBuilder.DropIndex(
                name: "IX_People_CountryCode",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_ForumId",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_ForumId",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "Bio_En",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Bio_Ko",
                table: "People");

            migrationBuilder.DropColumn(
                name: "CountryCode",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FamilyNameFirst",
                table: "People");

            migrationBuilder.DropColumn(
                name: "ForumId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "People");

            migrationBuilder.DropColumn(
                name: "ForumId",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "Forums");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Forums");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "RegistrationClosesAtUtc",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "RegistrationOpensAtUtc",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Events");
        }
    }
}
