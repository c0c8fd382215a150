using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpaceBridge.Web.Features.Programme.Organizations;
using SpaceBridge.Web.Tests.Features.Registrations;
using SpaceBridge.Web.Tests.Support;

namespace SpaceBridge.Web.Tests.Features.Programme.Organizations;

public sealed class CountryListTests(RegistrationApp app) : IClassFixture<RegistrationApp>
{
    [Fact]
    public void The_list_holds_the_249_officially_assigned_iso_3166_1_codes()
    {
        var codes = CountryList.Countries.Select(c => c.Code).ToList();
        Assert.Equal(249, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z]{2}$", c));
        Assert.Contains("AQ", codes);
        Assert.Contains("BV", codes);
        // CLDR territories without an ISO 3166-1 assignment stay out.
        Assert.DoesNotContain("XK", codes);
        Assert.DoesNotContain("EA", codes);
        Assert.DoesNotContain("IC", codes);
        Assert.DoesNotContain("DG", codes);
    }

    [Theory]
    [InlineData("KR", "South Korea", "대한민국")]
    [InlineData("US", "United States", "미국")]
    [InlineData("JP", "Japan", "일본")]
    [InlineData("TH", "Thailand", "태국")]
    public void Countries_are_named_in_english_and_korean(string code, string en, string ko)
    {
        var country = CountryList.Countries.Single(c => c.Code == code);
        Assert.Equal(en, country.Name.En);
        Assert.Equal(ko, country.Name.Ko);
    }

    [Fact]
    public void Every_country_has_a_korean_name_in_hangul()
    {
        Assert.All(CountryList.Countries, c => Assert.Contains(c.Name.Ko!, ch => ch is >= '\uAC00' and <= '\uD7A3'));
    }

    [Fact]
    public void Each_language_sorts_by_its_own_collation()
    {
        var en = CountryList.Sorted(CultureInfo.GetCultureInfo("en"));
        var ko = CountryList.Sorted(CultureInfo.GetCultureInfo("ko"));
        Assert.Equal("Afghanistan", en[0].Name);
        // Åland sorts with the A's, not after Z.
        Assert.True(en.FindIndex(c => c.Code == "AX") < en.FindIndex(c => c.Code == "AL"));
        Assert.Equal("가나", ko[0].Name);
        Assert.True(ko.FindIndex(c => c.Code == "KR") < ko.FindIndex(c => c.Code == "US"));
        var koComparer = StringComparer.Create(CultureInfo.GetCultureInfo("ko"), true);
        Assert.Equal(ko.Select(c => c.Name).Order(koComparer), ko.Select(c => c.Name));
    }

    [Fact]
    public async Task The_database_holds_every_country_and_the_register_form_offers_them_in_korean()
    {
        Assert.Equal(249, await app.WithDbAsync(db => db.Countries.CountAsync()));
        var eventId = await app.EventIdAsync();
        var client = await app.SignedInAsync("countries@example.com", "ko");
        var page = await client.GetOkPageAsync($"/events/{eventId}/register?culture=ko");
        var options = page.QuerySelectorAll("select[name='Input.CountryCode'] option").Where(o => o.GetAttribute("value") != "").ToList();
        Assert.Equal(249, options.Count);
        Assert.Equal("대한민국", options.Single(o => o.GetAttribute("value") == "KR").TextContent);
        Assert.Equal("미국", options.Single(o => o.GetAttribute("value") == "US").TextContent);
    }
}

internal static class ListIndex
{
    public static int FindIndex<T>(this IReadOnlyList<T> list, Func<T, bool> match)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (match(list[i])) return i;
        }
        return -1;
    }
}
