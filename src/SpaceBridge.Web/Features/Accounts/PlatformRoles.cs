namespace SpaceBridge.Web.Features.Accounts;

public static class PlatformRoles
{
    public const string Administrator = "Administrator";
}
