using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceBridge.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Interpreters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MeetingLanguages",
                table: "Registrations",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "InterpreterPools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    LanguageA = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    LanguageB = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterpreterPools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterpreterPools_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InterpreterPools_EventId_LanguageA_LanguageB",
                table: "InterpreterPools",
                columns: new[] { "EventId", "LanguageA", "LanguageB" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InterpreterPools");

            migrationBuilder.DropColumn(
                name: "MeetingLanguages",
                table: "Registrations");
        }
    }
}
