namespace SpaceBridge.Web.Features.Statements;

/// <summary>The label every page and export of an illustrative statement carries, in both languages at once.</summary>
public static class Illustrative
{
    public const string En = "ILLUSTRATIVE: fictional text for demonstration. Not a statement of any government.";
    public const string Ko = "예시: 시연을 위한 가상의 문안입니다. 어느 정부의 성명도 아닙니다.";
}
