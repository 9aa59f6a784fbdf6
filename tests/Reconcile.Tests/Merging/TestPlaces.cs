using Reconcile.Model;

namespace Reconcile.Tests.Merging;

/// <summary>Hand-made places.</summary>
internal static class TestPlaces
{
    public static Place Country(string name, string code = "SY") => new() { Name = name, Kind = PlaceKind.Country, Country = name, CountryCode = code };

    public static Place Admin1(string name, string code = "SY") => new() { Name = name, Kind = PlaceKind.Admin1, Admin1 = name, CountryCode = code };

    public static Place Town(string name, string admin1, string code = "SY") => new() { Name = name, Kind = PlaceKind.Locality, Admin1 = admin1, CountryCode = code };
}
