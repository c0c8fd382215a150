using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpaceBridge.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupplyChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupplyCapabilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForumId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", nullable: true),
                    Name_Ko = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplyCapabilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplyCapabilities_Forums_ForumId",
                        column: x => x.ForumId,
                        principalTable: "Forums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupplyDeclarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForumId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CapabilityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SupplierCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    DeclaredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplyDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplyDeclarations_Countries_SupplierCountryCode",
                        column: x => x.SupplierCountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplyDeclarations_Forums_ForumId",
                        column: x => x.ForumId,
                        principalTable: "Forums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SupplyDeclarations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SupplyDeclarations_SupplyCapabilities_CapabilityId",
                        column: x => x.CapabilityId,
                        principalTable: "SupplyCapabilities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupplyCapabilities_ForumId_Key",
                table: "SupplyCapabilities",
                columns: new[] { "ForumId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplyDeclarations_CapabilityId",
                table: "SupplyDeclarations",
                column: "CapabilityId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplyDeclarations_ForumId_CapabilityId",
                table: "SupplyDeclarations",
                columns: new[] { "ForumId", "CapabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplyDeclarations_ForumId_OrganizationId_CapabilityId_Kind_SupplierCountryCode",
                table: "SupplyDeclarations",
                columns: new[] { "ForumId", "OrganizationId", "CapabilityId", "Kind", "SupplierCountryCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplyDeclarations_OrganizationId",
                table: "SupplyDeclarations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplyDeclarations_SupplierCountryCode",
                table: "SupplyDeclarations",
                column: "SupplierCountryCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupplyDeclarations");

            migrationBuilder.DropTable(
                name: "SupplyCapabilities");
        }
    }
}
