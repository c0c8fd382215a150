using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace SpaceBridge.Web.Features.Programme.Organizations;

/// <summary>
/// The ISO 3166-1 country codes and their display names from ICU, the culture data .NET itself uses on Linux and
/// macOS (and Windows 10 and later). .NET exposes neither the code list nor names in a language other than the
/// user's own, so the two ICU calls are made directly on the ICU library the runtime loads.
/// </summary>
internal sealed class IcuRegions
{
    private delegate IntPtr GetIsoCountries();
    private delegate int GetDisplayCountry(byte[] locale, byte[] displayLocale, ushort[] result, int capacity, ref int status);
    private delegate IntPtr GetRegionFromCode(byte[] code, ref int status);
    private delegate int GetNumericCode(IntPtr region);

    private readonly GetIsoCountries _isoCountries;
    private readonly GetDisplayCountry _displayCountry;
    private readonly GetRegionFromCode _regionFromCode;
    private readonly GetNumericCode _numericCode;

    private IcuRegions(IntPtr common, IntPtr i18n, string suffix)
    {
        T Export<T>(IntPtr lib, string name) where T : Delegate =>
            Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(lib, name + suffix));
        _isoCountries = Export<GetIsoCountries>(common, "uloc_getISOCountries");
        _displayCountry = Export<GetDisplayCountry>(common, "uloc_getDisplayCountry");
        _regionFromCode = Export<GetRegionFromCode>(i18n, "uregion_getRegionFromCode");
        _numericCode = Export<GetNumericCode>(i18n, "uregion_getNumericCode");
    }

    /// <summary>Loads ICU as the runtime finds it: versioned libraries on Linux, the system's on Windows and macOS.</summary>
    public static IcuRegions Load()
    {
        if (AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant)
        {
            throw new InvalidOperationException("The country list needs ICU culture data, but the runtime runs in globalization-invariant mode.");
        }
        var assembly = Assembly.GetExecutingAssembly();
        if (OperatingSystem.IsWindows() && NativeLibrary.TryLoad("icu.dll", out var windowsIcu))
        {
            return new IcuRegions(windowsIcu, windowsIcu, "");
        }
        if (OperatingSystem.IsMacOS() && NativeLibrary.TryLoad("libicucore.dylib", out var macIcu))
        {
            return new IcuRegions(macIcu, macIcu, "");
        }
        for (var version = 120; version >= 50; version--)
        {
            if (NativeLibrary.TryLoad($"libicuuc.so.{version}", assembly, null, out var common)
                && NativeLibrary.TryLoad($"libicui18n.so.{version}", assembly, null, out var i18n))
            {
                var suffix = NativeLibrary.TryGetExport(common, $"uloc_getISOCountries_{version}", out _) ? $"_{version}" : "";
                return new IcuRegions(common, i18n, suffix);
            }
        }
        throw new InvalidOperationException("ICU (libicuuc, libicui18n) was not found; install the system's ICU package.");
    }

    /// <summary>
    /// The officially assigned ISO 3166-1 alpha-2 codes. ICU's list also holds CLDR territories outside that set
    /// (DG, EA, IC, and the user-assigned XK); officially assigned codes are the ones with an ISO numeric code in 001-899.
    /// </summary>
    public IReadOnlyList<string> OfficialCodes()
    {
        var codes = new List<string>();
        var array = _isoCountries();
        for (var i = 0; ; i++)
        {
            var item = Marshal.ReadIntPtr(array, i * IntPtr.Size);
            if (item == IntPtr.Zero)
            {
                break;
            }
            var code = Marshal.PtrToStringAnsi(item)!;
            var status = 0;
            var region = _regionFromCode(Encoding.ASCII.GetBytes(code + "\0"), ref status);
            if (status <= 0 && region != IntPtr.Zero && _numericCode(region) is > 0 and < 900)
            {
                codes.Add(code);
            }
        }
        return codes;
    }

    /// <summary>The country's name in a language ("en", "ko"), as ICU's locale display names give it.</summary>
    public string DisplayName(string code, string language)
    {
        var buffer = new ushort[128];
        var status = 0;
        var length = _displayCountry(Encoding.ASCII.GetBytes("_" + code + "\0"), Encoding.ASCII.GetBytes(language + "\0"), buffer, buffer.Length, ref status);
        if (status > 0 || length <= 0)
        {
            throw new InvalidOperationException($"ICU has no display name for {code} in {language} (status {status}).");
        }
        return new string(MemoryMarshal.Cast<ushort, char>(buffer.AsSpan(0, Math.Min(length, buffer.Length))));
    }
}
