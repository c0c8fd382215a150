using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceBridge.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatementCommitmentInitiatives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_InitiativeOrigins_StatementCommitment",
                table: "InitiativeOrigins",
                column: "ReferenceId",
                unique: true,
                filter: "\"Kind\" = 'StatementCommitment'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InitiativeOrigins_StatementCommitment",
                table: "InitiativeOrigins");
        }
    }
}
