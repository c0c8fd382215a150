using System.Text;

namespace SpaceBridge.Web.Tests.Features.Registrations;

/// <summary>Builds import files.</summary>
public static class ImportCsv
{
    public const string Header = "email,hangul_name,romanized_name,organization,country,position,participant_type,dietary_needs,accessibility_needs,interpreter_language,consent_to_directory";

    /// <summary>A file of <paramref name="count"/> valid rows; line n+1 holds row n (line 1 is the header).</summary>
    public static List<string> Lines(int count, string domain = "guest.example")
    {
        var lines = new List<string> { Header };
        string[] countries = ["KR", "US", "TH", "MY", "MX"];
        for (var i = 1; i <= count; i++)
        {
            lines.Add($"person{i}@{domain},홍길동{i},Hong Gil-dong {i},\"Space Agency, Inc.\",{countries[i % 5]},Director,Delegate,,,{(i % 3 == 0 ? "ko" : "")},{(i % 2 == 0 ? "yes" : "no")}");
        }
        return lines;
    }

    public static byte[] Bytes(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
}
